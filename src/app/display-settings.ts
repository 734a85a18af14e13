// FIRST-LOAD BUNDLE: keep small. Text size, contrast and reading mode (easy-read), applied to <html> before first paint
// (as data attributes the stylesheet reads, so no inline style is needed) and remembered.
import { getSetting, setSetting } from '../data/settings';

export const TEXT_SIZES = ['100', '150', '200'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Contrast = 'normal' | 'high';
export type Reading = 'standard' | 'easy';

export interface Display {
  textSize: TextSize;
  contrast: Contrast;
  reading: Reading;
}

export function readDisplay(): Display {
  const size = getSetting('textSize');
  return {
    textSize: (TEXT_SIZES as readonly string[]).includes(size ?? '') ? (size as TextSize) : '100',
    contrast: getSetting('contrast') === 'high' ? 'high' : 'normal',
    reading: getSetting('reading') === 'easy' ? 'easy' : 'standard',
  };
}

export function applyDisplay(display: Display = readDisplay()): void {
  document.documentElement.dataset.textSize = display.textSize;
  document.documentElement.dataset.contrast = display.contrast;
  document.documentElement.dataset.reading = display.reading;
}

export function changeDisplay(change: Partial<Display>): Display {
  const next = { ...readDisplay(), ...change };
  setSetting('textSize', next.textSize);
  setSetting('contrast', next.contrast);
  setSetting('reading', next.reading);
  applyDisplay(next);
  return next;
}
