import { expect, it, vi } from 'vitest';
import { resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

// Its own file: the entry module runs once per module registry.
it('a packaged Parley started with --remote-debugging-port exits before doing anything', async () => {
  const electron = resetFakeElectron();
  electron.app.isPackaged = true;
  electron.app.commandLine.hasSwitch.mockImplementation((name: string) => name === 'remote-debugging-port');
  const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await import('../../../main/app/index');
  expect(electron.app.exit).toHaveBeenCalledWith(1);
  expect(log).toHaveBeenCalledWith('parley: app DEBUGGING_REFUSED');
  expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
  expect(electron.app.whenReady).not.toHaveBeenCalled();
  expect(electron.windows).toHaveLength(0);
  log.mockRestore();
});
