// The twelve needs people browse by. Order is the order of the home screen.
export const NEED_IDS = [
  'housing',
  'food',
  'money',
  'work',
  'health',
  'legal',
  'family',
  'older',
  'disability',
  'migrants',
  'safety',
  'digital',
] as const;

export type NeedId = (typeof NEED_IDS)[number];

export function isNeedId(value: string): value is NeedId {
  return (NEED_IDS as readonly string[]).includes(value);
}
