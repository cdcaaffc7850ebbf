import type { CommandLine } from 'electron';

/**
 * Chromium switches set before the app is ready. Parley's page is served from memory by the
 * app:// handler, so there is nothing worth caching, and a disk cache or shader cache would
 * leave traces of what was on screen in the profile folder.
 */
export const CHROMIUM_SWITCHES: ReadonlyArray<readonly [name: string, value?: string]> = [
  ['disable-http-cache'],
  ['disk-cache-size', '0'],
  ['disable-gpu-shader-disk-cache'],
];

export function applyChromiumSwitches(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  for (const [name, value] of CHROMIUM_SWITCHES) commandLine.appendSwitch(name, value);
}

/**
 * Chromium switches that open the page to a debugger. The fuses close Node's --inspect, but not
 * these: anyone able to start Parley with them could read the unlocked workspace off the screen.
 * A packaged Parley refuses to start with them.
 */
export const DEBUGGING_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-allow-origins'] as const;

export function debuggingRequested(commandLine: Pick<CommandLine, 'hasSwitch'>): boolean {
  return DEBUGGING_SWITCHES.some((name) => commandLine.hasSwitch(name));
}
