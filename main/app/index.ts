import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { createIpcRegistry } from '../ipc';
import { createServices } from '../services';
import { registerIpc, sendEvent } from './ipc';
import { createLocker, lockBeforeQuit, watchForAutoLock } from './lock';
import { report } from './log';
import { menuTemplate } from './menu';
import { appPaths } from './paths';
import { createPdfWindowEngine, REPORT_PARTITION } from './pdf-window';
import { APP_ORIGIN, registerAppScheme, serveApp } from './protocol';
import { openDialogSource, saveDialogDestination } from './save-dialog';
import { hardenSession, installSecurity } from './security';
import { applyChromiumSwitches, debuggingRequested } from './switches';
import { createMainWindow } from './window';

/**
 * The page's session. Without a `persist:` prefix Chromium keeps it in memory only: no cache,
 * cookies, local storage or IndexedDB of the page ever reach the disk.
 */
export const APP_PARTITION = 'parley';

/** Electron main entry: everything before `ready` must happen synchronously at start-up. */
function startParley(): void {
  if (app.isPackaged && debuggingRequested(app.commandLine)) {
    report('app', 'DEBUGGING_REFUSED');
    app.exit(1);
    return;
  }
  applyChromiumSwitches(app.commandLine);
  app.enableSandbox();
  registerAppScheme(protocol);
  // A second instance would open the same workspace files beside the first: hand over instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const devTools = !app.isPackaged;
  const security = { allowDevTools: devTools };
  installSecurity(app, security);

  let window: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // One window: when it closes, Parley ends (and locks first), on macOS too — an app left
  // running in the dock with a workspace open is what this product must not do.
  app.on('window-all-closed', () => app.quit());

  const ready = async () => {
    const paths = appPaths(app);
    hardenSession(session.defaultSession, security);
    const pageSession = session.fromPartition(APP_PARTITION);
    hardenSession(pageSession, security);
    serveApp(pageSession.protocol, paths.renderer);
    // Reports print in a hidden window of their own session, which serves only the report.
    const reportSession = session.fromPartition(REPORT_PARTITION, { cache: false });
    hardenSession(reportSession, security);
    const pdf = createPdfWindowEngine({ BrowserWindow, session: reportSession });
    app.on('will-quit', () => void pdf.close());

    // Set once the locker exists; damage can only be found after an unlock, long after this.
    let lockForDamage = () => undefined as void;
    const services = createServices({
      root: paths.workspaces,
      onLockListenerError: (error) => report('lock', 'BEFORE_LOCK_FAILED', error),
      onDamage: () => lockForDamage(),
      exports: {
        pdf: () => pdf,
        destination: saveDialogDestination({
          dialog,
          window: () => window,
          defaultFolder: () => app.getPath('documents'),
          workspacesRoot: paths.workspaces,
        }),
        source: openDialogSource({ dialog, window: () => window, defaultFolder: () => app.getPath('documents') }),
        fontsRoot: paths.reportFonts,
        pdfiumWasm: paths.pdfium,
      },
    });
    const registry = createIpcRegistry(services, {
      trustedOrigin: APP_ORIGIN,
      // Expected refusals (wrong passphrase, invalid input…) are the page's business; only faults
      // are logged, since even "an unlock failed at 03:12" says something about the facilitator.
      report: ({ channel, code, error }) => {
        if (code === 'INTERNAL') report(channel, code, error);
      },
    });
    registerIpc(ipcMain, registry);

    const locker = createLocker(services.workspace, {
      notify: (event) => sendEvent(window?.webContents, 'workspace.locked', event),
      askPage: (event) => sendEvent(window?.webContents, 'workspace.lock-requested', event),
    });
    lockForDamage = () => void locker.lock('corrupt');
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({ platform: process.platform, devTools, onLock: (reason) => void locker.lock(reason) }),
      ),
    );
    watchForAutoLock({ powerMonitor, workspace: services.workspace, locker });
    lockBeforeQuit(app, services.workspace, locker);

    window = createMainWindow(BrowserWindow, { preload: paths.preload, session: pageSession, devTools });
    // A destroyed window throws on any property access; forget it so late events skip it.
    window.on('closed', () => (window = undefined));
    // A crashed page cannot show the lock screen; the workspace must not stay open behind it.
    window.webContents.on('render-process-gone', () => void locker.lock('crash'));
  };

  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      report('app', 'START_FAILED', error);
      app.exit(1);
    });
}

startParley();
