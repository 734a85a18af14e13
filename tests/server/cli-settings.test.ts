// A wrong setting stops the command line at once with what to fix: a person reads one line,
// not a stack trace, and nothing is started or written.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliProcess } from '../helpers/cli-process';

describe('settings at start', () => {
  it.each([
    ['HTTPS', 'yes'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['KIOSK_EXIT_CODE', '123'],
    ['PUBLIC_URL', 'ponte.example.org'],
    ['RETENTION_CLOSED_DAYS', 'thirty'],
    ['RETENTION_MAX_DAYS', '-1'],
    // Devices are told the days as whole numbers: 7.5 would make them refuse the manifest.
    ['RETENTION_CLOSED_DAYS', '7.5'],
  ])('%s=%s stops the server with a message naming the setting, and no stack trace', async (name, value) => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ponte-settings-')), 'data');
    const cli = new CliProcess('serve', { DATA_DIR: dataDir, [name]: value });
    const { code } = await cli.exited;
    expect(code).toBe(2);
    expect(cli.output).toContain(name);
    expect(cli.output).not.toMatch(/^\s+at /m);
    expect(existsSync(dataDir)).toBe(false);
  });
});
