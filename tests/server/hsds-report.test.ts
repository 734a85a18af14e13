// The import's report as a person reads it in a terminal: errors in the order of the files and
// their lines, a first hundred of each kind (a first try can have thousands), and a last line
// saying plainly what happened.
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/server/hsds/import-directory';
import { formatReport } from '../../src/server/hsds/report';
import type { Finding } from '../../src/server/hsds/tables';

const at = (file: string, line: number, message: string, severity: Finding['severity'] = 'error'): Finding => ({ severity, source: { file, line }, message });
const noChanges = { organizations: { added: [], changed: [], removed: [] }, services: { added: [], changed: [], removed: [] }, rights: { added: [], changed: [], removed: [] } };

describe('the import report', () => {
  it('lists errors file by file, line by line, whatever order they were found in', () => {
    const read: ReadResult = { findings: [at('services.csv', 67, 'b'), { severity: 'error', message: 'whole directory' }, at('phones.csv', 9, 'c'), at('services.csv', 24, 'a')] };
    const lines = formatReport('pkg', read, undefined, { publish: true }).split('\n');
    expect(lines.filter((l) => l.startsWith('  '))).toEqual(['  phones.csv line 9: c', '  services.csv line 24: a', '  services.csv line 67: b', '  whole directory']);
    expect(lines.at(-1)).toBe('Not published: fix the errors above and import again.');
  });

  it('shows the first hundred of each kind, and how to see them all', () => {
    const read: ReadResult = { findings: Array.from({ length: 250 }, (_, i) => at('locations.csv', i + 2, `no coordinates ${i}`, 'warning')), directory: { organizations: [], services: [], rights: [] } };
    const short = formatReport('pkg', read, { changes: noChanges, before: 3 }, { publish: false });
    expect(short.split('\n').filter((l) => l.includes('no coordinates'))).toHaveLength(100);
    expect(short).toContain('  … and 150 more; add --all to see every one.');
    expect(short.split('\n').at(-1)).toBe('Dry run: nothing was published. Run the same command with --publish to publish it.');
    const all = formatReport('pkg', read, { changes: noChanges, before: 3 }, { publish: false, all: true });
    expect(all.split('\n').filter((l) => l.includes('no coordinates'))).toHaveLength(250);
  });

  it('says the version phones will get, or that nothing changed', () => {
    const read: ReadResult = { findings: [], directory: { organizations: [], services: [], rights: [] } };
    const changed = { ...noChanges, services: { added: ['new-one'], changed: ['night-shelter'], removed: [] } };
    const published = formatReport('pkg', read, { changes: changed, before: 3, version: 4 }, { publish: true });
    expect(published).toContain('  services: 1 added, 1 changed, 0 removed (+new-one, ~night-shelter)');
    expect(published.split('\n').at(-1)).toBe('Published as version 4: phones pick up the changes at their next check.');
    expect(formatReport('pkg', read, { changes: noChanges, before: 4, version: 4 }, { publish: true }).split('\n').at(-1)).toBe('Nothing changed: version 4 stays published.');
  });
});
