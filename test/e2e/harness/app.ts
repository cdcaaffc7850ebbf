import { readFile } from 'node:fs/promises';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type {
  Contract,
  EventName,
  InputOf,
  LockReason,
  MethodName,
  OutputOf,
  ParleyEvents,
} from '../../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp';
import { createLocker } from '../../../main/app/lock';
import { createIpcRegistry } from '../../../main/ipc';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import { createServices, type Services } from '../../../main/services';
import { expectAccessible, THEMES, type AccessibilityOptions } from './a11y';

const ORIGIN = 'https://parley.test';
const RENDERER = resolve(import.meta.dirname, '../../../dist/renderer');
const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

let bridgeSource: Promise<string> | undefined;
function bridge(): Promise<string> {
  bridgeSource ??= build({
    entryPoints: [resolve(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((out) => out.outputFiles[0]!.text);
  return bridgeSource;
}

export interface ParleyApp {
  readonly page: Page;
  readonly services: Services;
  /** The workspaces folder of this test (a fresh temp folder). */
  readonly root: string;
  /** Where exports land (the save dialog's stand-in always answers with this folder). */
  readonly exportsFolder: string;
  /** What the open dialog's stand-in answers next (a backup to restore); null: cancelled. */
  pickFile(path: string | null): void;
  /** Requests the page tried to make anywhere but the app's own origin (all refused). */
  readonly blockedRequests: string[];
  /** CSP violations and uncaught errors seen in the page. */
  readonly pageProblems: string[];
  /** The contract methods the page called, in order. */
  readonly pageCalls: string[];
  open(): Promise<void>;
  /**
   * A contract call straight to the registry, as the page's own calls go (same schemas, same
   * sender check): for setting up data the page then shows. Throws on `{ ok: false }`.
   */
  call<K extends MethodName>(channel: K, input: InputOf<Contract[K]>): Promise<OutputOf<Contract[K]>>;
  emit<E extends EventName>(event: E, payload: ParleyEvents[E]): Promise<void>;
  /**
   * A lock main starts on its own (idle, sleep…), through main's real locker: the page is asked
   * first and given the grace time. Resolves once the page has been told the workspace is locked.
   */
  lockFromMain(reason: LockReason): Promise<void>;
  screenshot(name: string): Promise<void>;
  /**
   * Looks at the page as it is, the way every page must pass: axe-core in the light and the dark
   * theme (no serious or critical violation, minors explained), and a screenshot in each theme
   * (`<name>.png`, `<name>-dark.png`) to look at.
   */
  checkPage(name: string, options?: AccessibilityOptions): Promise<void>;
}

/**
 * Serves the built renderer from memory on a fake origin with the app's CSP, installs the bridge,
 * and routes its calls to a real registry over real encrypted workspaces.
 */
/** Time one `checkPage` adds to the running test's timeout. */
const CHECK_BUDGET_MS = 8_000;

export const test = base.extend<{ app: ParleyApp }>({
  app: async ({ page }, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'parley-e2e-'));
    // Exports print with a Chromium of their own (as the CLI does) into the test's exports folder,
    // standing in for the app's hidden window and save dialog.
    // Not inside root: every folder there is listed as a workspace.
    const exportsFolder = await mkdtemp(join(tmpdir(), 'parley-e2e-exports-'));
    const pdf = createChromiumPdfEngine();
    let picked: string | null = null;
    const services = createServices({
      root,
      exports: {
        pdf: () => pdf,
        destination: { choose: async (name) => ({ path: join(exportsFolder, name), overwrite: true }) },
        source: { pick: async () => picked },
      },
    });
    const registry = createIpcRegistry(services, { trustedOrigin: ORIGIN });
    const blockedRequests: string[] = [];
    const pageProblems: string[] = [];
    const pageCalls: string[] = [];

    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) {
        blockedRequests.push(url.href);
        return route.abort('blockedbyclient');
      }
      const relative = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
      const file = resolve(RENDERER, `.${relative}`);
      if (!file.startsWith(RENDERER + sep)) return route.fulfill({ status: 404 });
      try {
        const body = await readFile(file);
        return route.fulfill({
          status: 200,
          body,
          headers: {
            'content-type': MIME[extname(file)] ?? 'application/octet-stream',
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
          },
        });
      } catch {
        return route.fulfill({ status: 404 });
      }
    });
    await page.exposeBinding('__parleyInvoke', async (source, channel: string, payload: unknown) => {
      pageCalls.push(channel);
      return registry.invoke(channel, payload, {
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      });
    });
    await page.addInitScript({ content: await bridge() });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(message.text());
    });

    // What main's locker sends the page, as sendEvent does; awaited by lockFromMain.
    const sent: Promise<void>[] = [];
    const send = <E extends EventName>(event: E, payload: ParleyEvents[E]) => {
      const delivered = app.emit(event, payload);
      delivered.catch(() => undefined); // surfaced by lockFromMain, not as an unhandled rejection
      sent.push(delivered);
      return true;
    };
    // One locker for the test, as main has one: its locks queue one after another.
    const locker = createLocker(services.workspace, {
      notify: (event) => void send('workspace.locked', event),
      askPage: (event) => send('workspace.lock-requested', event),
    });

    await mkdir(SCREENSHOTS, { recursive: true });
    const app: ParleyApp = {
      page,
      services,
      root,
      blockedRequests,
      pageProblems,
      exportsFolder,
      pickFile: (path) => void (picked = path),
      pageCalls,
      async open() {
        await page.goto(`${ORIGIN}/index.html`);
      },
      async call(channel, input) {
        const result = await registry.invoke(channel, input, { frameUrl: `${ORIGIN}/index.html`, isMainFrame: true });
        if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
        return result.value as never;
      },
      async emit(event, payload) {
        await page.evaluate(([name, data]) => window.__parleyEmit(name, data), [event, payload] as const);
      },
      async lockFromMain(reason) {
        await locker.lock(reason);
        await Promise.all(sent.splice(0));
      },
      async screenshot(name) {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
      async checkPage(name, options) {
        // Two axe runs and two screenshots: each check brings its own time, so a journey that checks
        // every page it passes does not run out of the test's budget.
        testInfo.setTimeout(testInfo.timeout + CHECK_BUDGET_MS);
        for (const theme of THEMES) {
          await expectAccessible(page, name, { ...options, theme });
          await page.screenshot({ path: join(SCREENSHOTS, `${name}${theme === 'dark' ? '-dark' : ''}.png`) });
        }
        await page.emulateMedia({ colorScheme: 'light' });
      },
    };
    await use(app);
    await services.workspace.lock();
    await pdf.close();
    await rm(root, { recursive: true, force: true });
    await rm(exportsFolder, { recursive: true, force: true });
  },
});

export { expect };
