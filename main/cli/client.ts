import type { Contract, InputOf, MethodName, OutputOf, ParleyError } from '../../shared/contract';
import { createIpcRegistry, type Registry, type Sender } from '../ipc';
import { createServices, type Services, type ServicesOptions } from '../services';
import type { KdfCost } from '../store/kdf';

/**
 * The CLI is one more caller of the same registry as the app's window: same schemas, same
 * error codes, same sentences. It identifies itself with its own origin, which the registry
 * trusts only in this process (the app's registry trusts `app://` alone).
 */
export const CLI_ORIGIN = 'cli://parley';
const CLI_SENDER: Sender = { frameUrl: `${CLI_ORIGIN}/`, isMainFrame: true };

/** A registry call that came back `{ ok: false }`, carried as an exception to the command's top. */
export class CallFailed extends Error {
  constructor(
    readonly channel: string,
    readonly error: ParleyError,
  ) {
    super(error.message);
    this.name = 'CallFailed';
  }
}

export interface Client {
  readonly services: Services;
  readonly registry: Registry;
  call<K extends MethodName>(channel: K, input: InputOf<Contract[K]>): Promise<OutputOf<Contract[K]>>;
}

export interface ClientOptions {
  /** The folder holding the workspace folders (the CLI uses the workspace's parent). */
  readonly root: string;
  readonly kdfCost?: KdfCost;
  /** Sees codes and channel names of failures, for PARLEY_DEBUG; never payloads. */
  readonly report?: (event: { channel: string; code: string; error?: unknown }) => void;
  /** How PDFs are printed and where exports go (`parley export`). */
  readonly exports?: ServicesOptions['exports'];
}

export function createClient(options: ClientOptions): Client {
  const services = createServices({ root: options.root, kdfCost: options.kdfCost, exports: options.exports });
  const registry = createIpcRegistry(services, { trustedOrigin: CLI_ORIGIN, report: options.report });
  return {
    services,
    registry,
    async call(channel, input) {
      const result = await registry.invoke(channel, input, CLI_SENDER);
      if (!result.ok) throw new CallFailed(channel, result.error);
      return result.value as never;
    },
  };
}
