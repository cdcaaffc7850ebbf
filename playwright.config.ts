import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/harness/chromium';

/**
 * End-to-end tests drive the built renderer (`npm run build` first) in a real Chromium. The harness
 * stands in for Electron's preload: `window.parley` is routed to the same IPC registry as main,
 * over real encrypted workspaces in temp folders.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'https://parley.test/',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Zurich',
    trace: 'off',
  },
});
