// "Export as CSV": the organisation's requests with their details, for a spreadsheet. A POST (a
// change to the audit log, and protected like one), downloaded through a Blob and a link with
// `download`, so the file never passes through an address the browser would keep in its history.
// The line beside it says what the file is: recorded, personal, to keep safe and delete.
import { useState } from 'preact/hooks';
import { staffRequest } from '../api';
import { useStaffT } from '../i18n';
import { problemWords } from './load-problem';

const fileName = (response: Response, today: string) =>
  /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `ponte-requests-${today}.csv`;

export function ExportButton() {
  const { t } = useStaffT();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');

  async function download() {
    // aria-disabled, not disabled, while preparing: a disabled button drops the focus to the
    // page's start.
    if (busy) return;
    setBusy(true);
    setSaid(t('export.preparing'));
    try {
      const response = await staffRequest('/requests/export', { method: 'POST' });
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(response, new Date().toISOString().slice(0, 10));
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has started the download; the Blob's address is not needed after this task.
      setTimeout(() => URL.revokeObjectURL(url));
      setSaid(t('export.done'));
    } catch (error) {
      setSaid(problemWords(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="staff-export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('export.heading')}</h2>
      <p id="export-warning" class="field-hint">
        {t('export.warning')}
      </p>
      <button type="button" class="staff-button staff-button-secondary" aria-describedby="export-warning" aria-disabled={busy} onClick={() => void download()}>
        {t('export.button')}
      </button>
      <p role="status" class="export-status">
        {said}
      </p>
    </section>
  );
}
