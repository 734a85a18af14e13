// FIRST-LOAD BUNDLE: keep small. Text size and contrast, applied to <html> before first paint
// (as data attributes the stylesheet reads, so no inline style is needed) and remembered.
import { getSetting, setSetting } from '../data/settings';

export const TEXT_SIZES = ['100', '150', '200'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Contrast = 'normal' | 'high';

export interface Display {
  textSize: TextSize;
  contrast: Contrast;
}

export function readDisplay(): Display {
  const size = getSetting('textSize');
  return {
    textSize: (TEXT_SIZES as readonly string[]).includes(size ?? '') ? (size as TextSize) : '100',
    contrast: getSetting('contrast') === 'high' ? 'high' : 'normal',
  };
}

export function applyDisplay(display: Display = readDisplay()): void {
  document.documentElement.dataset.textSize = display.textSize;
  document.documentElement.dataset.contrast = display.contrast;
}

export function changeDisplay(change: Partial<Display>): Display {
  const next = { ...readDisplay(), ...change };
  setSetting('textSize', next.textSize);
  setSetting('contrast', next.contrast);
  applyDisplay(next);
  return next;
}
