import type { App, Event, Session, WebContents } from 'electron';
import { APP_SCHEME } from './protocol';

export interface SecurityOptions {
  /** Only in an unpackaged build: DevTools load their own UI from devtools://. */
  readonly allowDevTools: boolean;
}

type Preventable = Pick<Event, 'preventDefault'>;
const prevent = (event: Preventable) => event.preventDefault();

/**
 * Parley makes no network request, ever. Every request a page makes passes through here and only
 * our own bundle (app:) and in-memory data (data:, blob:) go through; http(s), ws(s), file, ftp and
 * anything unknown are cancelled before they leave Chromium.
 */
export function isAllowedRequestUrl(url: string, options: SecurityOptions): boolean {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return false;
  }
  if (scheme === `${APP_SCHEME}:` || scheme === 'data:' || scheme === 'blob:') return true;
  return options.allowDevTools && scheme === 'devtools:';
}

type HardenableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerEnabled'
  | 'webRequest'
  | 'on'
>;

const hardened = new WeakSet<object>();

/** Applies to every session, so a window added later cannot forget a rule. Idempotent. */
export function hardenSession(session: HardenableSession, options: SecurityOptions): void {
  if (hardened.has(session)) return;
  hardened.add(session);
  // Camera, microphone, notifications, geolocation, USB…: Parley needs none, so nothing is asked.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Chromium's spellchecker downloads dictionaries from Google: a network request and a leak of
  // the language being typed.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options) });
  });
  // A page-initiated download would write content to disk outside the workspace; exports are
  // written by main, on the facilitator's explicit request.
  session.on('will-download', prevent);
}

type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'setWebRTCIPHandlingPolicy' | 'on'>;

/**
 * The window shows our bundle and nothing else: no navigation away (a link in a note cannot
 * replace the app), no new windows, no <webview>. Links are not opened in a browser either —
 * Parley never calls shell.openExternal.
 */
export function hardenWebContents(contents: HardenableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', prevent);
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  // WebRTC can reach a STUN server over UDP without passing through webRequest; with no proxy
  // configured this policy leaves it no route out.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}

/** Hardens every session and web contents the app ever creates, from before the first window. */
export function installSecurity(app: Pick<App, 'on'>, options: SecurityOptions): void {
  app.on('session-created', (session) => hardenSession(session, options));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
