import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildParleyApi, type Invoke, type Subscribe } from '../../shared/contract/client';
import type { ParleyApi } from '../../shared/contract';
import { EVENT_CHANNEL, isEventMessage } from '../../shared/contract/events';

/**
 * The sandboxed preload: `window.parley` gets exactly the contract's methods plus `on`, built by
 * the same function the browser test harness uses. Nothing raw crosses — no ipcRenderer, no
 * generic send, and listeners receive the payload only, never the IPC event (whose `sender` is
 * ipcRenderer itself).
 */
const invoke: Invoke = (channel, payload) => ipcRenderer.invoke(channel, payload);

const subscribe: Subscribe = (name, listener) => {
  const onMessage = (_event: IpcRendererEvent, message: unknown) => {
    if (isEventMessage(message) && message.name === name) listener(message.payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, onMessage);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, onMessage);
  };
};

contextBridge.exposeInMainWorld('parley', buildParleyApi(invoke, subscribe) satisfies ParleyApi);
