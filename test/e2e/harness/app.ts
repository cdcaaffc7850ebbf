import { readFile } from 'node:fs/promises';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { EventName, ParleyEvents } from '../../../shared/contract';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp';
import { createIpcRegistry } from '../../../main/ipc';
import { createServices, type Services } from '../../../main/services';

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
  /** Requests the page tried to make anywhere but the app's own origin (all refused). */
  readonly blockedRequests: string[];
  /** CSP violations and uncaught errors seen in the page. */
  readonly pageProblems: string[];
  open(): Promise<void>;
  emit<E extends EventName>(event: E, payload: ParleyEvents[E]): Promise<void>;
  screenshot(name: string): Promise<void>;
}

/**
 * Serves the built renderer from memory on a fake origin with the app's CSP, installs the bridge,
 * and routes its calls to a real registry over real encrypted workspaces.
 */
export const test = base.extend<{ app: ParleyApp }>({
  app: async ({ page }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'parley-e2e-'));
    const services = createServices({ root });
    const registry = createIpcRegistry(services, { trustedOrigin: ORIGIN });
    const blockedRequests: string[] = [];
    const pageProblems: string[] = [];

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
    await page.exposeBinding('__parleyInvoke', async (source, channel: string, payload: unknown) =>
      registry.invoke(channel, payload, {
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      }),
    );
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

    await mkdir(SCREENSHOTS, { recursive: true });
    const app: ParleyApp = {
      page,
      services,
      root,
      blockedRequests,
      pageProblems,
      async open() {
        await page.goto(`${ORIGIN}/index.html`);
      },
      async emit(event, payload) {
        await page.evaluate(([name, data]) => window.__parleyEmit(name, data), [event, payload] as const);
      },
      async screenshot(name) {
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      },
    };
    await use(app);
    await services.workspace.lock();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };
