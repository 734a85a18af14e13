// Settings, "Give this phone to someone else": a donated phone passes from one person to the
// next. Everything of the person goes, as with "Clear my information" (wipeDevice(), through
// the same end of session: requests still waiting are sent or cancelled, as the person
// chooses), their preferences too (language, reading mode, display), and Ponte starts again as
// on a first visit, at the choice of language (the guided tour, shown while `tourDone` is
// absent). The directory stays. Not offered on a public computer: a library's computer is not
// given away, each of its sessions already ends with everything cleared, and kiosk mode itself
// must stay on (staff turn it off with their code).
import { useRef, useState } from 'preact/hooks';
import type { WaitingRequests } from '../../data/wipe';
import { useT } from '../../i18n/use-t';
import { isKiosk } from '../kiosk/kiosk-mode';
import { ReferencesToNote, WaitingChoice, useRequestsToSettle } from '../session/before-clearing';
import { endSession } from '../session/end-session';

export function GiveAwaySection() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (isKiosk()) return null;
  return (
    <section id="give-away" aria-labelledby="settings-give-away">
      <h2 id="settings-give-away">{t('giveAway.title')}</h2>
      <p>{t('giveAway.intro')}</p>
      <p>
        <button ref={opener} type="button" class="button secondary" aria-expanded={open} aria-controls="give-away-form" onClick={() => setOpen(!open)}>
          {t('giveAway.start')}
        </button>
      </p>
      {open && (
        <GiveAwayForm
          onCancel={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}

function GiveAwayForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useT();
  const { delivered, waitingCount, waitingFor } = useRequestsToSettle();
  const [choice, setChoice] = useState<WaitingRequests>('send');
  return (
    <form
      id="give-away-form"
      onSubmit={(event) => {
        event.preventDefault();
        void endSession(choice, 'cleared');
      }}
    >
      <ReferencesToNote delivered={delivered} />
      <WaitingChoice name="give-away-waiting" count={waitingCount} services={waitingFor} choice={choice} onChange={setChoice} />
      <p>{t('giveAway.removes')}</p>
      <ul class="plain-list">
        <li>{t('giveAway.saved')}</li>
        <li>{t('giveAway.requests')}</li>
        <li>{t('giveAway.settings')}</li>
        <li>{t('giveAway.typed')}</li>
      </ul>
      <p>{t('giveAway.keeps')}</p>
      <p class="actions">
        <button type="submit" class="button">
          {t('giveAway.confirm')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('giveAway.cancel')}
        </button>
      </p>
    </form>
  );
}
