import { extname } from 'node:path';

/**
 * Content types for what Vite emits. Chromium refuses module scripts served with a wrong type, and
 * `X-Content-Type-Options: nosniff` (set by the protocol handler) stops it from guessing.
 */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const FALLBACK_TYPE = 'application/octet-stream';

export function mimeTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? FALLBACK_TYPE;
}
