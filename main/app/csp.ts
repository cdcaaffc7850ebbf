/**
 * The renderer's Content-Security-Policy, sent by the app:// protocol handler on every response
 * (one source of truth; index.html carries none). The renderer only ever needs its own bundle:
 * scripts, styles and fonts from app://parley, images from the bundle or data: URLs. It talks to
 * main through the preload, never over the network, so connect-src is closed too.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['font-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
