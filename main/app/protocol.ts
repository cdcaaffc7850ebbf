import type { CustomScheme, Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeOf } from './mime';

/** The renderer's one origin. The IPC registry trusts calls from this origin and no other. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives app:// real origins and relative URL resolution (Vite's `base: './'` relies on
 * it); `secure` makes it a secure context like https. The rest stays closed: no CSP bypass, no
 * service workers, no V8 code cache (it would write compiled page code to disk), and no
 * `corsEnabled`, so no other origin may read our files. `supportFetchAPI` lets Chromium's fetch
 * machinery load same-origin module chunks and fonts; scripts still cannot fetch (connect-src 'none').
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
    codeCache: false,
  },
};

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Sent with every response, errors included, so no document of ours is ever without its CSP. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export type AppRequestHandler = (request: Request) => Promise<Response>;

/**
 * Serves files under `root` (dist/renderer) for app://parley/… and nothing else. Files are read
 * with fs rather than `net.fetch('file://…')`: the session refuses file: requests, and fs also
 * reads from inside app.asar.
 */
export function createAppRequestHandler(root: string, read: (path: string) => Promise<Buffer> = readFile) {
  const base = resolve(root);
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const path = assetPath(base, request.url);
    if (!path) return refuse(404);
    let body: Buffer;
    try {
      body = await read(path);
    } catch {
      // Missing file or a directory: the same answer, and no file-system detail in it.
      return refuse(404);
    }
    const headers = { ...RESPONSE_HEADERS, 'Content-Type': mimeTypeOf(path) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function serveApp(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}

/**
 * The file a URL names, or undefined when the URL is not ours or would leave `base`. URL parsing
 * already folds literal `..` segments; this also catches encoded separators (`..%2f`), backslashes
 * and NUL bytes that only appear after decoding.
 */
export function assetPath(base: string, rawUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const path = resolve(base, `.${pathname}`);
  const inside = relative(base, path);
  if (!inside || isAbsolute(inside) || inside.split(sep)[0] === '..') return undefined;
  return path;
}

function refuse(status: 404 | 405): Response {
  return new Response(null, { status, headers: RESPONSE_HEADERS });
}
