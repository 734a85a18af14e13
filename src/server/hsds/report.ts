// The import's report as a person reads it in a terminal: what was read, every error with the
// file, line and column and what to fix, the warnings, and what would change for the devices.
import { COLLECTIONS, type Directory } from '../../shared/directory';
import type { ApplyResult, ReadResult } from './import-directory';
import type { Finding } from './tables';

/** Findings shown of each kind unless all are asked for (a city's first try can have thousands). */
const SHOWN = 100;
const NAMES = { organizations: 'organizations', services: 'services', rights: 'rights cards' } as const;

/** "services.csv line 14, organization_id: …" */
export function formatFinding(f: Finding): string {
  const s = f.source;
  const line = s?.line ? `line ${s.line}${s.row && s.row !== s.line ? ` (row ${s.row} in a spreadsheet)` : ''}` : s?.path;
  const place = s ? [s.file, line].filter(Boolean).join(' ') : '';
  const at = [place, f.column].filter(Boolean).join(', ');
  // A message about a whole file names it already ("services.csv: the column …"): not twice.
  if (at === s?.file && f.message.startsWith(at)) return f.message;
  return at ? `${at}: ${f.message}` : f.message;
}

export function formatReport(path: string, read: ReadResult, applied: ApplyResult | undefined, options: { publish: boolean; all?: boolean }): string {
  const lines: string[] = [`Import of ${path}${read.format ? ` (${read.format})` : ''}`];
  if (read.directory) lines.push(`Read ${counts(read.directory)}.`);
  // In the order of the files and their lines, so a person fixes them going down each file.
  const sorted = [...read.findings].sort(byPlace);
  const errors = sorted.filter((f) => f.severity === 'error');
  const warnings = sorted.filter((f) => f.severity === 'warning');
  const list = (title: string, items: Finding[]) => {
    if (!items.length) return;
    lines.push('', `${title} (${items.length}):`);
    const shown = options.all ? items : items.slice(0, SHOWN);
    for (const f of shown) lines.push(`  ${formatFinding(f)}`);
    if (shown.length < items.length) lines.push(`  … and ${items.length - shown.length} more; add --all to see every one.`);
  };
  list('Errors: nothing is published until they are fixed', errors);
  list('Warnings: these do not stop publishing', warnings);
  if (applied) {
    lines.push('', applied.before ? `Compared with the published directory (version ${applied.before}):` : 'Nothing is published yet; all of it is new:');
    for (const c of COLLECTIONS) {
      const { added, changed, removed } = applied.changes[c];
      lines.push(`  ${NAMES[c]}: ${added.length} added, ${changed.length} changed, ${removed.length} removed${examples(added, changed, removed)}`);
    }
  }
  lines.push('');
  if (errors.length) lines.push('Not published: fix the errors above and import again.');
  else if (!options.publish) lines.push('Dry run: nothing was published. Run the same command with --publish to publish it.');
  else if (applied?.version === applied?.before) lines.push(`Nothing changed: version ${applied?.version} stays published.`);
  else lines.push(`Published as version ${applied?.version}: phones pick up the changes at their next check.`);
  return lines.join('\n');
}

function counts(dir: Directory): string {
  return COLLECTIONS.map((c) => `${dir[c].length} ${NAMES[c]}`).join(', ');
}

function examples(added: string[], changed: string[], removed: string[]): string {
  const named = [...added.map((id) => `+${id}`), ...changed.map((id) => `~${id}`), ...removed.map((id) => `-${id}`)];
  if (!named.length) return '';
  return ` (${named.slice(0, 6).join(', ')}${named.length > 6 ? ', …' : ''})`;
}

/** File-level findings first, then by file name and line (findings about the whole directory last). */
function byPlace(a: Finding, b: Finding): number {
  const file = (f: Finding) => (f.source ? f.source.file : '\uffff');
  return file(a).localeCompare(file(b)) || (a.source?.line ?? 0) - (b.source?.line ?? 0);
}
