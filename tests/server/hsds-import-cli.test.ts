// `npm run export` and `npm run import` as a city's administrator runs them, as real processes on a
// data folder of their own: first with no server (the command opens the database itself), then
// with the server running (the command hands its work to it, and phones see the new version at
// once). Paths are typed relative to where the person is (npm's INIT_CWD), not the project.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliProcess, runCli } from '../helpers/cli-process';
import { editCsv, removeFolders, tempFolder } from '../helpers/hsds-small-directory';

const started: CliProcess[] = [];
afterEach(async () => {
  for (const cli of started.splice(0)) await cli.stop('SIGKILL');
  removeFolders();
});

/** The first service of an export (which lists services by page address). */
const FIRST_SERVICE = 'addiction-support';
const renameFirstService = (folder: string, name: string) => editCsv(folder, 'services.csv', (csv) => void (csv.rows[0]!.name = name));
const unchanged = ['organizations', 'services', 'rights cards'].map((c) => `  ${c}: 0 added, 0 changed, 0 removed`);

describe('npm run export and npm run import', { timeout: 180_000 }, () => {
  it('export a package, check a change, publish it, refuse a broken one; hand the work to a running server', async () => {
    const home = tempFolder('ponte-import-cli-');
    // Where the administrator typed the command: relative paths are meant from there.
    const env = { DATA_DIR: join(home, 'data'), INIT_CWD: home };
    const cli = (...args: string[]) => runCli(args, env);

    // A fresh data folder, no server: the export writes the demo city as a package.
    const exported = await cli('export', 'valdemar');
    expect(exported.code, exported.output).toBe(0);
    expect(exported.output).toMatch(/Wrote 64 services, \d+ organizations and \d+ rights cards to .*valdemar \(\d+ files, HSDS 3\.0 tabular data package\)/);
    const pkg = join(home, 'valdemar');
    expect(existsSync(join(pkg, 'datapackage.json')) && existsSync(join(pkg, 'services.csv'))).toBe(true);

    // Imported as it is: nothing would change.
    const same = await cli('import', 'valdemar');
    expect(same.code, same.output).toBe(0);
    expect(same.output).toContain(['Compared with the published directory (version 1):', ...unchanged].join('\n'));
    expect(same.output).toContain('Dry run: nothing was published.');

    // One name changed in the spreadsheet: the dry run names the service, and publishes nothing…
    renameFirstService(pkg, 'Oficina de Vivienda');
    const dry = await cli('import', 'valdemar');
    expect(dry.code, dry.output).toBe(0);
    expect(dry.output).toContain(`  services: 0 added, 1 changed, 0 removed (~${FIRST_SERVICE})`);
    expect(dry.output).toContain('Dry run: nothing was published.');
    // …as the next run shows: it still compares with version 1, and publishes version 2.
    const published = await cli('import', 'valdemar', '--publish');
    expect(published.code, published.output).toBe(0);
    expect(published.output).toContain('Compared with the published directory (version 1):');
    expect(published.output).toContain('Published as version 2: phones pick up the changes at their next check.');

    // A broken package: exit 1, the line to fix, nothing published.
    let organization = '';
    editCsv(pkg, 'services.csv', (csv) => {
      organization = csv.rows[0]!.organization_id!;
      csv.rows[0]!.organization_id = 'x';
    });
    const broken = await cli('import', 'valdemar', '--publish');
    expect(broken.code, broken.output).toBe(1);
    expect(broken.output).toContain('  services.csv line 2, organization_id: there is no organization "x" in organizations.csv.');
    expect(broken.output).toContain('Not published: fix the errors above and import again.');

    // With the server running, the import is handed to it, and phones see the new version at once.
    const server = new CliProcess('serve', { DATA_DIR: env.DATA_DIR });
    started.push(server);
    const base = `http://localhost:${await server.running()}`;
    const version = async () => ((await (await fetch(`${base}/api/v1/directory/manifest`)).json()) as { version: number }).version;
    expect(await version()).toBe(2); // the broken import published nothing
    editCsv(pkg, 'services.csv', (csv) => void (csv.rows[0]!.organization_id = organization));
    renameFirstService(pkg, 'Oficina Municipal de Vivienda');
    const handed = await cli('import', join(home, 'valdemar'), '--publish');
    expect(handed.code, handed.output).toBe(0);
    expect(handed.output).toContain('Published as version 3');
    expect(await version()).toBe(3);

    // The export reads the running server's directory, as HSDS JSON too.
    const json = await cli('export', 'valdemar-json', '--format', 'json');
    expect(json.code, json.output).toBe(0);
    const services = JSON.parse(readFileSync(join(home, 'valdemar-json', 'services.json'), 'utf8')) as { name: string }[];
    expect(services.map((s) => s.name)).toContain('Oficina Municipal de Vivienda');

    // A folder holding someone else's file is not written over.
    mkdirSync(join(home, 'documents'));
    writeFileSync(join(home, 'documents', 'notes.txt'), 'mine');
    const refused = await cli('export', 'documents');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`The folder ${join(home, 'documents')} holds other files (notes.txt); export into an empty or new folder.`);
    expect(readFileSync(join(home, 'documents', 'notes.txt'), 'utf8')).toBe('mine');
  });
});

