// Starting and leaving practice mode. Leaving removes every practice request (only those: a
// real request made before or during practice stays and still leaves for real).
import { removePracticeRequests } from '../../data/outbox';
import { setPracticeFlag } from './practice-flag';
import { setPracticeAnswer } from './practice-server';

export function startPractice(): void {
  setPracticeAnswer('deliver');
  setPracticeFlag(true);
}

export async function leavePractice(): Promise<void> {
  // The switch first: nothing new is made as practice while the old ones are removed.
  setPracticeFlag(false);
  await removePracticeRequests();
}
