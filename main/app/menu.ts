import type { MenuItemConstructorOptions } from 'electron';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';
export const LOCK_MENU_ID = 'lock-workspace';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Reload and DevTools entries exist only in an unpackaged build. */
  readonly devTools: boolean;
  readonly onLock: (reason: 'shortcut' | 'menu') => void;
}

/**
 * The application menu. Quick lock lives here as an accelerator, so Ctrl/Cmd+L works whatever
 * has focus in the page and even while the page is busy. Nothing in it opens a URL.
 */
export function menuTemplate({ platform, devTools, onLock }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const lock: MenuItemConstructorOptions = {
    id: LOCK_MENU_ID,
    label: 'Lock Workspace',
    accelerator: LOCK_ACCELERATOR,
    click: (_item, _window, event) => onLock(event.triggeredByAccelerator ? 'shortcut' : 'menu'),
  };
  const develop: MenuItemConstructorOptions[] = devTools
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }]
    : [];
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: 'Workspace', submenu: [lock, { type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' }] },
    // Also what makes copy and paste shortcuts work on macOS.
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...develop,
      ],
    },
    { role: 'windowMenu' },
  ];
}
