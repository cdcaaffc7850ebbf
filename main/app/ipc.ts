import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventName, ParleyEvents, Result } from '../../shared/contract';
import type { Registry, Sender } from '../ipc';
import { EVENT_CHANNEL, type EventMessage } from '../../shared/contract/events';
import { report } from './log';

/**
 * Who called, as the registry needs it. `senderFrame` is null when the frame has already gone
 * (navigated or destroyed); such a call has no trustworthy origin and is refused by the registry.
 */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): Sender {
  const frame = event.senderFrame;
  return { frameUrl: frame?.url, isMainFrame: frame !== null && frame === event.sender.mainFrame };
}

const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside Parley. Nothing was changed.' },
};

/**
 * One `ipcMain.handle` per contract method, each a thin hop into the registry, which checks the
 * sender, the payload size and the schema. A handler never throws: Electron would forward the
 * error's message to the page.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, registry: Registry): () => void {
  for (const channel of registry.channels) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      try {
        return await registry.invoke(channel, payload, senderOf(event));
      } catch (error) {
        report(channel, 'INTERNAL', error);
        return INTERNAL;
      }
    });
  }
  return () => {
    for (const channel of registry.channels) ipcMain.removeHandler(channel);
  };
}

/**
 * Pushes an event to the page; a window that is already gone simply misses it. Returns whether it
 * was sent, for callers that would otherwise wait for an answer from nobody.
 */
export function sendEvent<E extends EventName>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'> | undefined,
  name: E,
  payload: ParleyEvents[E],
): boolean {
  if (!contents || contents.isDestroyed()) return false;
  const message: EventMessage<E> = { name, payload };
  contents.send(EVENT_CHANNEL, message);
  return true;
}
