import type { LaunchOptions } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../main/export/pdf/chromium';

/** Debian's Chromium with the flags that keep it offline: the same as the PDF engine's. */
export function chromiumExecutable(): string {
  const found = findChromium();
  if (!found) {
    throw new Error('No Chromium found: run `npm test` (its bootstrap installs one) or set PARLEY_CHROMIUM.');
  }
  return found;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumExecutable(), args: [...CHROMIUM_ARGS] };
}
