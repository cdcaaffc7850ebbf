import type { z } from 'zod';
import {
  COMMON_ERRORS,
  contract as fullContract,
  type Contract,
  type MethodName,
  type MethodSpec,
  type OutputOf,
  type ParsedInputOf,
  type Result,
} from '../../shared/contract';
import { MAX_PAYLOAD_BYTES } from '../../shared/contract/fields';
import { ParleyFault, toFault } from '../errors';

/** Who sent a call: the URL of the frame that invoked it, as Electron (or the test harness) reports it. */
export interface Sender {
  readonly frameUrl: string | undefined;
  /** False for calls from a sub-frame; Parley's UI never uses one. */
  readonly isMainFrame: boolean;
}

export type HandlerOf<M> = (input: ParsedInputOf<M>) => Promise<OutputOf<M>>;
export type HandlersOf<C> = { readonly [K in keyof C]: HandlerOf<C[K]> };

export interface Registry {
  invoke(channel: string, payload: unknown, sender: Sender): Promise<Result<unknown>>;
  readonly channels: readonly MethodName[];
}

export interface RegistryOptions {
  readonly handlers: HandlersOf<Contract>;
  /** The one origin allowed to call, e.g. `app://parley`. */
  readonly trustedOrigin: string;
  /** Receives failures for diagnostics: codes and channel names only, never payloads or messages. */
  readonly report?: (event: { channel: string; code: string; error?: unknown }) => void;
}

/**
 * The single gate between the renderer and the services. Every call is checked in the same order:
 * known channel → trusted sender → payload size → schema; only then does a handler run. Failures
 * become `{ ok: false, error: { code, message } }` with a facilitator-readable message; nothing
 * from a stack, SQL or the file system crosses back.
 */
export function createRegistry(options: RegistryOptions): Registry {
  const contract: Record<string, MethodSpec> = fullContract;
  const handlers = options.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;

  const fail = (channel: string, code: string, message: string, extra?: object, error?: unknown): Result<never> => {
    options.report?.({ channel, code, error });
    return { ok: false, error: { code, message, ...extra } };
  };

  return {
    channels: Object.keys(contract) as MethodName[],
    async invoke(channel, payload, sender) {
      const spec = Object.hasOwn(contract, channel) ? contract[channel] : undefined;
      if (!spec) return fail(String(channel).slice(0, 64), 'INVALID_INPUT', 'Unknown request.');
      if (!isTrustedSender(sender, options.trustedOrigin)) {
        return fail(channel, 'FORBIDDEN_SENDER', 'This request did not come from Parley’s own window.');
      }
      const size = payloadSize(payload);
      if (size === undefined) return fail(channel, 'INVALID_INPUT', 'The request could not be read.');
      if (size > MAX_PAYLOAD_BYTES) {
        return fail(channel, 'INVALID_INPUT', 'The request is too large (2 MB at most).');
      }
      const parsed = (spec.input as z.ZodType).safeParse(payload);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        }));
        const first = issues[0];
        const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid request.';
        return fail(channel, 'INVALID_INPUT', message, { issues });
      }
      try {
        return { ok: true, value: await handlers[channel]!(parsed.data) };
      } catch (raw) {
        const error = toFault(raw);
        const allowed = new Set<string>([...COMMON_ERRORS, ...spec.errors]);
        if (error instanceof ParleyFault && allowed.has(error.code)) {
          return fail(channel, error.code, error.message);
        }
        return fail(channel, 'INTERNAL', 'Something went wrong inside Parley. Nothing was changed.', undefined, raw);
      }
    },
  };
}

export function isTrustedSender(sender: Sender, trustedOrigin: string): boolean {
  if (!sender.isMainFrame || !sender.frameUrl) return false;
  try {
    const url = new URL(sender.frameUrl);
    // `URL.origin` is "null" for custom schemes, so compare scheme and host explicitly.
    const trusted = new URL(trustedOrigin);
    return url.protocol === trusted.protocol && url.host === trusted.host && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** How many values of a payload are looked at for binary parts before it is serialised. */
const MAX_SCANNED_VALUES = 10_000;

/**
 * The bytes of binary parts (typed arrays, ArrayBuffers) anywhere in the payload, counted by their
 * length before anything else: serialised as JSON, a 16 MiB Uint8Array becomes 16 million object
 * keys and seconds of main-thread time before its size could be judged. Stops counting once over
 * `limit` or after MAX_SCANNED_VALUES values (the JSON measure then does the rest).
 */
function binaryBytes(payload: unknown, limit: number): number {
  let total = 0;
  let seen = 0;
  const stack: unknown[] = [payload];
  while (stack.length > 0 && total <= limit && seen < MAX_SCANNED_VALUES) {
    const value = stack.pop();
    seen += 1;
    if (value === null || typeof value !== 'object') continue;
    if (ArrayBuffer.isView(value)) total += value.byteLength;
    else if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) total += value.byteLength;
    else if (Array.isArray(value))
      for (let i = 0; i < value.length && i < MAX_SCANNED_VALUES; i++) stack.push(value[i]);
    else for (const key in value) if (Object.hasOwn(value, key)) stack.push((value as Record<string, unknown>)[key]);
  }
  return total;
}

/** Serialised size in UTF-8 bytes; undefined when the payload cannot be serialised at all. */
function payloadSize(payload: unknown): number | undefined {
  const binary = binaryBytes(payload, MAX_PAYLOAD_BYTES);
  if (binary > MAX_PAYLOAD_BYTES) return binary;
  try {
    const json = JSON.stringify(payload ?? null);
    return json === undefined ? undefined : Buffer.byteLength(json, 'utf8');
  } catch {
    return undefined;
  }
}
