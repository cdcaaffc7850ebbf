import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents, installSecurity, isAllowedRequestUrl } from '../../../main/app/security';
import { FakeEmitter, FakeSession, FakeWebContents, fakeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const PACKAGED = { allowDevTools: false };
const asSession = (s: FakeSession) => s as unknown as Session;
const asContents = (c: FakeWebContents) => c as unknown as WebContents;

function hardened(options = PACKAGED) {
  const session = new FakeSession();
  hardenSession(asSession(session), options);
  return session;
}

describe('web contents hardening', () => {
  it('denies every new window, whatever the URL', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents));
    for (const url of ['https://example.org/', 'app://parley/index.html', 'file:///etc/passwd', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevents %s, even to our own origin', (name) => {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents));
    for (const url of ['https://example.org/', 'app://parley/index.html', 'file:///tmp/x.html']) {
      const event = fakeEvent({ url });
      contents.emit(name, event, url);
      expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled();
    }
  });

  it('prevents <webview> from attaching', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents));
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://example.org' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('keeps WebRTC off the network', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asContents(contents));
    expect(contents.setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
  });
});

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    const session = hardened();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.permissionRequestHandler!(null, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!(null, permission), permission).toBe(false);
    }
    expect(session.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    expect(hardened().setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it.each([
    'http://example.org/',
    'https://example.org/tracker.gif',
    'ws://127.0.0.1:9222/',
    'wss://example.org/socket',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'chrome-extension://abc/page.html',
    'devtools://devtools/bundled/inspector.html',
    'javascript:alert(1)',
    'not a url',
  ])('cancels %s', (url) => {
    expect(hardened().cancels(url)).toBe(true);
  });

  it.each([
    'app://parley/index.html',
    'app://parley/assets/font.woff2',
    'data:image/png;base64,AAAA',
    'blob:app://parley/1',
  ])('lets %s through', (url) => {
    expect(hardened().cancels(url)).toBe(false);
  });

  it('lets DevTools load their own UI only in an unpackaged build', () => {
    expect(hardened({ allowDevTools: true }).cancels('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(hardened({ allowDevTools: true }).cancels('https://example.org/')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/x', PACKAGED)).toBe(false);
  });

  it('cancels page-initiated downloads', () => {
    const session = hardened();
    const event = fakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hardens a session once, however often it is asked', () => {
    const session = hardened();
    hardenSession(asSession(session), PACKAGED);
    expect(session.listeners('will-download')).toHaveLength(1);
  });
});

describe('installSecurity', () => {
  it('hardens every session and web contents the app creates', () => {
    const app = new FakeEmitter();
    installSecurity(app as unknown as App, PACKAGED);
    const session = new FakeSession();
    app.emit('session-created', session);
    expect(session.cancels('https://example.org/')).toBe(true);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});

describe('the shell never hands anything to the OS to open', () => {
  it('has no shell.openExternal, openPath or crash reporter in main/app or main/preload', async () => {
    const root = join(import.meta.dirname, '../../../main');
    for (const folder of ['app', 'preload']) {
      for (const file of await readdir(join(root, folder))) {
        const source = await readFile(join(root, folder, file), 'utf8');
        expect(source, file).not.toMatch(/openExternal\(|openPath\(|crashReporter/);
        expect(source, file).not.toMatch(/import\s*{[^}]*\bshell\b[^}]*}\s*from\s*'electron'/);
      }
    }
  });
});
