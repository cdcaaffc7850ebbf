import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  assetPath,
  createAppRequestHandler,
  registerAppScheme,
  serveApp,
} from '../../../main/app/protocol';
import { FakeProtocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const SECRET = 'workspace-key-material-must-not-be-served';
let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // base/secret.txt sits beside the served folder, as userData or the home folder would.
  base = await mkdtemp(join(tmpdir(), 'parley-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Parley</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'noto-sans-arabic.woff2'), 'wOF2');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'blob.bin'), 'bytes');
  serve = createAppRequestHandler(root);
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// scheme registration', () => {
  it('registers app as standard and secure, without CSP bypass, CORS, service workers or code cache', () => {
    const protocol = new FakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: expect.objectContaining({
        standard: true,
        secure: true,
        bypassCSP: false,
        corsEnabled: false,
        allowServiceWorkers: false,
        codeCache: false,
      }),
    });
    expect(APP_ORIGIN).toBe('app://parley');
    expect(APP_ENTRY_URL).toBe('app://parley/index.html');
  });

  it('serveApp installs the handler with protocol.handle on the given session protocol', async () => {
    const protocol = new FakeProtocol();
    serveApp(protocol, root);
    const handler = protocol.handlers.get('app')!;
    expect((await handler(new Request(APP_ENTRY_URL))).status).toBe(200);
  });
});

describe('app:// request handler', () => {
  it('serves the entry page with its CSP and hardening headers', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('<title>Parley</title>');
  });

  it('serves the folder root as index.html', async () => {
    const response = await get('app://parley/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Parley');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/noto-sans-arabic.woff2', 'font/woff2'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s, with the CSP', async (path, type) => {
    const response = await get(`${APP_ORIGIN}/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://parley/../secret.txt',
    'app://parley/%2e%2e/secret.txt',
    'app://parley/..%2fsecret.txt',
    'app://parley/assets/..%2f..%2fsecret.txt',
    'app://parley/%2e%2e%2fsecret.txt',
    'app://parley/..%5csecret.txt',
    'app://parley/assets%5c..%5c..%5csecret.txt',
    'app://parley/index.html%00.js',
    'app://parley/%E0%A4%A',
  ])('refuses traversal and malformed paths: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('never resolves a path outside the served folder', () => {
    for (const url of ['app://parley/..%2f..%2f..%2fetc%2fpasswd', 'app://parley/%2e%2e%2f%2e%2e%2f']) {
      expect(assetPath(root, url), url).toBeUndefined();
    }
    // Request refuses credentials itself; the handler must not rely on that.
    expect(assetPath(root, 'app://user:pass@parley/index.html')).toBeUndefined();
    expect(assetPath(root, 'app://parley/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it.each([
    'app://evil/index.html',
    'app://parley.evil/index.html',
    'app://parley:8080/index.html',
    'app://PARLEY/index.html',
    'file:///index.html',
    'https://parley/index.html',
  ])('refuses a URL that is not ours: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file or a folder, without file-system details', async () => {
    for (const url of ['app://parley/nope.js', 'app://parley/assets']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('');
    }
  });

  it('allows only GET and HEAD; HEAD has no body', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    expect((await get(APP_ENTRY_URL, 'PUT')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
