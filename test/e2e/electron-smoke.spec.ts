import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';

/**
 * Launches the real Electron app where its binary is installed. Our build machines cannot download
 * it (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so there the test is skipped and says why.
 */
const binary = electronBinary();
const SKIP_REASON = 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1); runs where it is.';
if (!binary) process.stderr.write(`electron-smoke: skipped — ${SKIP_REASON}\n`);

test('the Electron app opens a sandboxed window on the lock screen', async () => {
  test.skip(!binary, SKIP_REASON);
  const app = await electron.launch({ executablePath: binary!, args: [resolve(import.meta.dirname, '../..')] });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { parley?: unknown }).parley)).toBe('object');
    expect(window.url()).toMatch(/^app:\/\/parley\//);
  } finally {
    await app.close();
  }
});
