// Reads a QR code as a phone camera would: from the pixels drawn on the screen.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';

export async function readQrCode(drawn: Locator): Promise<string> {
  const png = PNG.sync.read(await drawn.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('No QR code could be read from the screen.');
  return code.data;
}
