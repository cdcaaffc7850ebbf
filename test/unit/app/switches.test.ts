import { describe, expect, it, vi } from 'vitest';
import { applyChromiumSwitches, debuggingRequested } from '../../../main/app/switches';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

describe('Chromium switches', () => {
  it('turns off the HTTP disk cache and the GPU shader cache', () => {
    const appendSwitch = vi.fn();
    applyChromiumSwitches({ appendSwitch });
    expect(appendSwitch).toHaveBeenCalledWith('disable-http-cache', undefined);
    expect(appendSwitch).toHaveBeenCalledWith('disk-cache-size', '0');
    expect(appendSwitch).toHaveBeenCalledWith('disable-gpu-shader-disk-cache', undefined);
  });

  it('detects a request for a remote debugger', () => {
    const commandLine = (present: string[]) => ({ hasSwitch: (name: string) => present.includes(name) });
    expect(debuggingRequested(commandLine([]))).toBe(false);
    expect(debuggingRequested(commandLine(['lang']))).toBe(false);
    expect(debuggingRequested(commandLine(['remote-debugging-port']))).toBe(true);
    expect(debuggingRequested(commandLine(['remote-debugging-pipe']))).toBe(true);
  });
});
