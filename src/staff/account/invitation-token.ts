// An invitation's token travels in the link's fragment (never sent to a server, never in a
// log). The page takes it out of the address before anything else runs, so it is not left in
// the history, a bookmark or a screenshot of the address bar; it stays in memory only.
let token: string | undefined;

export function takeInvitationToken(): void {
  if (location.pathname.replace(/\/$/, '') !== '/staff/invitation' || location.hash.length < 2) return;
  token = decodeURIComponent(location.hash.slice(1));
  history.replaceState(history.state, '', location.pathname + location.search);
}

export const invitationToken = () => token;
