// The internal note: a few lines for colleagues (≤ 500 characters), sealed on the server like the
// person's details and erased with them; the line under it says so, so nobody writes there what
// must be kept longer.
import { useState } from 'preact/hooks';
import { useStaffT } from '../i18n';
import { saveNote } from './inbox-client';
import { problemWords } from './load-problem';
import { NOTE_MAX, type OpenedRequest } from './types';

export function NoteForm({ request }: { request: OpenedRequest }) {
  const { t } = useStaffT();
  const [note, setNote] = useState(request.note ?? '');
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const left = NOTE_MAX - note.length;
  return (
    <section aria-labelledby="note-heading">
      <h2 id="note-heading">{t('request.note.heading')}</h2>
      <form
        class="note-form"
        onSubmit={async (event) => {
          event.preventDefault();
          // aria-disabled, not disabled, while saving: a disabled button drops the focus to the
          // page's start, and the person would have to find their place again.
          if (busy) return;
          setBusy(true);
          setSaid('');
          try {
            await saveNote(request.id, note);
            setSaid(t('request.note.saved'));
          } catch (error) {
            setSaid(problemWords(error, t));
          } finally {
            setBusy(false);
          }
        }}
      >
        <div class="field">
          <label for="request-note">{t('request.note.label')}</label>
          <textarea id="request-note" rows={4} maxLength={NOTE_MAX} value={note} aria-describedby="note-sealed note-counter" onInput={(e) => setNote(e.currentTarget.value)} />
          <p id="note-counter" class="field-hint">
            {t('request.note.counter', { count: left, max: NOTE_MAX })}
          </p>
          <p id="note-sealed" class="field-hint">
            {t('request.note.sealed', { days: request.retention_closed_days ?? 30 })}
          </p>
        </div>
        <p class="staff-actions">
          <button type="submit" class="staff-button staff-button-secondary" aria-disabled={busy}>
            {t('request.note.save')}
          </button>
        </p>
        <p role="status">{said}</p>
      </form>
    </section>
  );
}
