// The page's self-running jobs (outbox, request status): one run at a time, a call during a run
// brings one more run after it, and the timer follows the job's own "next due" time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageJob } from '../../src/sync/page-job';

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

function job(nextAt: () => number | undefined) {
  const runs: boolean[] = [];
  let finish: (() => void) | undefined;
  const run = vi.fn(async (force: boolean) => {
    runs.push(force);
    await new Promise<void>((resolve) => (finish = resolve));
    return nextAt();
  });
  return { runs, run, finish: () => finish?.() };
}

describe('a page job', () => {
  it('runs at start, and a forced call during a run brings exactly one forced run after it', async () => {
    const j = job(() => undefined);
    const runNow = startPageJob({ run: j.run, maxWaitMs: 60_000, failure: 'failed' });
    expect(j.runs).toEqual([false]);
    const first = runNow(true);
    void runNow(false);
    j.finish();
    await vi.waitFor(() => expect(j.runs).toEqual([false, true]));
    j.finish();
    await first;
    expect(j.runs).toEqual([false, true]);
  });

  it('runs again when the job says it is due, never later than maxWaitMs, and again when back online', async () => {
    const j = job(() => Date.now() + 10 * 60_000);
    startPageJob({ run: j.run, maxWaitMs: 60_000, failure: 'failed' });
    j.finish();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(j.runs).toEqual([false]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(j.runs).toEqual([false, false]);
    j.finish();
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new Event('online'));
    expect(j.runs).toEqual([false, false, true]);
    j.finish();
  });

  it('logs a failed run and runs again at the next trigger', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let calls = 0;
    const runNow = startPageJob({
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('offline');
        return undefined;
      },
      maxWaitMs: 60_000,
      failure: 'The job failed:',
    });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('The job failed:', expect.any(Error)));
    await runNow(true);
    expect(calls).toBe(2);
    warn.mockRestore();
  });
});
