import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { LOCK_ACCELERATOR, LOCK_MENU_ID, menuTemplate } from '../../../main/app/menu';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const lockItem = (items: MenuItemConstructorOptions[]) => flatten(items).find((item) => item.id === LOCK_MENU_ID)!;
const click = (item: MenuItemConstructorOptions, triggeredByAccelerator: boolean) =>
  item.click!(item as never, undefined, { triggeredByAccelerator } as never);

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has Lock Workspace on Ctrl/Cmd+L (%s)', (platform) => {
    const onLock = vi.fn();
    const item = lockItem(menuTemplate({ platform, devTools: false, onLock }));
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    expect(item.accelerator).toBe('CmdOrCtrl+L');
    click(item, true);
    click(item, false);
    expect(onLock.mock.calls).toEqual([['shortcut'], ['menu']]);
  });

  it('has an Edit menu (copy and paste shortcuts on macOS) and, on macOS, the app menu', () => {
    const mac = menuTemplate({ platform: 'darwin', devTools: false, onLock: vi.fn() });
    expect(mac.map((item) => item.role).filter(Boolean)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    const linux = menuTemplate({ platform: 'linux', devTools: false, onLock: vi.fn() });
    expect(flatten(linux).some((item) => item.role === 'quit')).toBe(true);
  });

  it('offers reload and DevTools only in an unpackaged build', () => {
    const roles = (devTools: boolean) =>
      flatten(menuTemplate({ platform: 'linux', devTools, onLock: vi.fn() })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('has no item that opens a link (no help menu, no click besides lock)', () => {
    const items = flatten(menuTemplate({ platform: 'darwin', devTools: true, onLock: vi.fn() }));
    expect(items.filter((item) => item.click).map((item) => item.id)).toEqual([LOCK_MENU_ID]);
    expect(items.some((item) => item.role === 'help')).toBe(false);
  });
});
