// "The request from the other device is now in your list", said once after a hand-off code
// was opened (screens/follow.tsx), then forgotten. Kept in this page's memory rather than in the
// address or the history entry: a reload, or Back to the list later, must not say it again, and
// the request's id must not stay in the tab's history.
let pending = false;

export function noteFollowed(): void {
  pending = true;
}

/** Whether to say it now; true once per hand-off. */
export function takeFollowedNotice(): boolean {
  const now = pending;
  pending = false;
  return now;
}
