import { expect, it, vi } from 'vitest';
import { resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

// Its own file: the entry module runs once per module registry, and this run must see a held lock.
it('a second instance quits at once and opens nothing', async () => {
  const electron = resetFakeElectron();
  electron.app.requestSingleInstanceLock.mockReturnValue(false);
  await import('../../../main/app/index');
  expect(electron.app.quit).toHaveBeenCalledTimes(1);
  expect(electron.app.whenReady).not.toHaveBeenCalled();
  expect(electron.windows).toHaveLength(0);
  expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  expect(electron.app.listeners('second-instance')).toHaveLength(0);
});
