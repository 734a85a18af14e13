// A city's own directory reaches the phones: the content editor exports the directory, changes a
// service in the spreadsheet, checks it (a dry run changes nothing) and publishes it while the
// server runs; a phone that was offline all along shows the change once it is back online.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PonteApp } from './page-models/ponte-app';
import { cutNetwork, newContext, restoreNetwork } from './support/browser';
import { serverAndBrowser } from './support/lab';

const chromePath = inject('chromePath');
const OLD_NAME = 'Albergue Nocturno El Refugio';
const NEW_NAME = 'Albergue Nocturno y Camas de Día El Refugio';

describe.skipIf(!chromePath)("a city's import, on a phone", () => {
  const lab = serverAndBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'ponte-city-import-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('an offline phone shows the service as the city published it once it is online again', async () => {
    const context = await newContext(lab.browser);
    const app = new PonteApp(await context.newPage(), lab.server.url);
    await app.open('/service/night-shelter');
    await app.waitUntilReadyOffline();
    // In English, the page gives the name on the door (Spanish) beside the translation.
    await app.page.getByText(OLD_NAME).first().waitFor();
    await cutNetwork(context);

    expect(await lab.server.directoryCommand('export', folder)).toMatch(/Wrote 64 services/);
    const services = join(folder, 'services.csv');
    expect(readFileSync(services, 'utf8')).toContain(`,${OLD_NAME},`);
    writeFileSync(services, readFileSync(services, 'utf8').replace(`,${OLD_NAME},`, `,${NEW_NAME},`));

    const dryRun = await lab.server.directoryCommand('import', folder);
    expect(dryRun).toMatch(/services: 0 added, 1 changed, 0 removed \(~night-shelter\)/);
    expect(dryRun).toMatch(/Dry run: nothing was published/);
    expect(await lab.server.directoryCommand('import', folder, '--publish')).toMatch(/Published as version 2/);

    // Offline, the phone keeps what it has.
    await app.page.reload();
    await app.page.getByText(OLD_NAME).first().waitFor();
    await restoreNetwork(context);
    await app.page.getByText(NEW_NAME).first().waitFor();
    expect(await app.page.getByText(OLD_NAME).count()).toBe(0);
    await context.close();
  });
});
