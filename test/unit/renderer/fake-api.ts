import { vi } from 'vitest';
import type {
  DialogueView,
  EventName,
  ParleyApi,
  ParleyEvents,
  PartyView,
  WorkspaceSettings,
  WorkspaceStatus,
  WorkspaceSummary,
} from '../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

/**
 * An in-memory stand-in for `window.parley`: every method is a `vi.fn` with a plausible default,
 * so a test overrides only the answer it is about (`mockResolvedValueOnce`) and asserts the calls.
 */
export interface FakeOptions {
  /** Workspaces on disk and their passphrases. */
  readonly workspaces?: Readonly<Record<string, string>>;
  /** Name of the workspace already open when the renderer starts. */
  readonly unlocked?: string;
  readonly dialogues?: readonly Partial<DialogueView>[];
  /** The open workspace's settings (defaults otherwise). */
  readonly settings?: Partial<WorkspaceSettings>;
}

let ids = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

export function dialogueView(fields: Partial<DialogueView> = {}): DialogueView {
  const id = fields.id ?? uuid();
  return {
    id,
    codeName: 'Cedar',
    conflict: '',
    objectives: '',
    status: 'exploring',
    trackLevel: '2',
    startedOn: null,
    archived: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    parties: [],
    sponsors: [],
    rootCauses: [],
    ...fields,
  };
}

/** A valid recovery key (BIP-39 checksum included) the fake hands out and accepts. */
export const RECOVERY_WORDS = Array.from({ length: 23 }, () => 'abandon').concat('art');

export function createFakeApi(options: FakeOptions = {}) {
  const passphrases = new Map(Object.entries(options.workspaces ?? {}));
  let open: string | null = options.unlocked ?? null;
  if (open && !passphrases.has(open)) passphrases.set(open, 'unused');
  let dialogues: DialogueView[] = (options.dialogues ?? []).map((d) => dialogueView(d));
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let settings: WorkspaceSettings = { ...DEFAULT_SETTINGS, ...options.settings };

  const status = (): WorkspaceStatus => ({
    state: open ? 'unlocked' : 'locked',
    current: open ? { name: open } : null,
    available: [...passphrases.keys()].sort().map((name): WorkspaceSummary => ({ name })),
    autoLockMinutes: 10,
  });
  const ok = <T>(value: T) => ({ ok: true as const, value });
  // `never`: each method's result names its own error codes; the fake picks them by hand.
  const fail = (code: string, message: string) => ({ ok: false as const, error: { code: code as never, message } });
  const find = (id: string) => dialogues.find((d) => d.id === id);
  const taken = (codeName: string, except?: string) =>
    dialogues.some((d) => d.id !== except && d.codeName.toLowerCase() === codeName.trim().toLowerCase());

  const api = {
    workspace: {
      status: vi.fn<ParleyApi['workspace']['status']>(async () => ok(status())),
      create: vi.fn<ParleyApi['workspace']['create']>(async ({ name, passphrase }) => {
        if (passphrases.has(name)) return fail('WORKSPACE_EXISTS', 'A workspace with this name already exists.');
        passphrases.set(name, passphrase);
        open = name;
        return ok({ name });
      }),
      unlock: vi.fn<ParleyApi['workspace']['unlock']>(async ({ name, passphrase }) => {
        if (!passphrases.has(name)) return fail('WORKSPACE_NOT_FOUND', 'That workspace is not here any more.');
        if (passphrases.get(name) !== passphrase) return fail('WRONG_PASSPHRASE', 'Wrong passphrase.');
        open = name;
        return ok({ name });
      }),
      lock: vi.fn<ParleyApi['workspace']['lock']>(async () => {
        open = null;
        return ok(status());
      }),
      createRecoveryKey: vi.fn<ParleyApi['workspace']['createRecoveryKey']>(async () => ok({ words: RECOVERY_WORDS })),
      recoverySheet: vi.fn<ParleyApi['workspace']['recoverySheet']>(async () =>
        ok({ saved: true as const, fileName: 'work-recovery-key.pdf', bytes: 1000, sha256: 'a'.repeat(64) }),
      ),
      recover: vi.fn<ParleyApi['workspace']['recover']>(async ({ name, recoveryKey, newPassphrase }) => {
        if (recoveryKey.trim().split(/\s+/).join(' ') !== RECOVERY_WORDS.join(' ')) {
          return fail('WRONG_RECOVERY_KEY', 'That recovery key does not open this workspace.');
        }
        if (newPassphrase) passphrases.set(name, newPassphrase);
        open = name;
        return ok({ name });
      }),
    },
    dialogue: {
      create: vi.fn<ParleyApi['dialogue']['create']>(async (input) => {
        if (taken(input.codeName)) {
          return fail('CODE_NAME_TAKEN', `Another dialogue is already called “${input.codeName}”.`);
        }
        const id = uuid();
        const parties: PartyView[] = (input.parties ?? []).map((p, position) => ({
          id: uuid(),
          dialogueId: id,
          name: p.name.trim(),
          kind: p.kind ?? 'side',
          position,
        }));
        const created = dialogueView({
          id,
          codeName: input.codeName.trim(),
          conflict: input.conflict ?? '',
          objectives: input.objectives ?? '',
          status: input.status ?? 'exploring',
          trackLevel: input.trackLevel ?? '2',
          startedOn: input.startedOn ?? null,
          parties,
        });
        dialogues = [created, ...dialogues];
        return ok(created);
      }),
      list: vi.fn<ParleyApi['dialogue']['list']>(async ({ includeArchived } = {}) =>
        ok(dialogues.filter((d) => includeArchived || !d.archived)),
      ),
      get: vi.fn<ParleyApi['dialogue']['get']>(async ({ id }) => {
        const found = find(id);
        return found ? ok(found) : fail('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
      }),
      update: vi.fn<ParleyApi['dialogue']['update']>(async ({ id, ...changes }) => {
        const found = find(id);
        if (!found) return fail('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
        if (changes.codeName !== undefined && taken(changes.codeName, id)) {
          return fail('CODE_NAME_TAKEN', `Another dialogue is already called “${changes.codeName}”.`);
        }
        const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
        const updated: DialogueView = { ...found, ...defined };
        dialogues = dialogues.map((d) => (d.id === id ? updated : d));
        return ok(updated);
      }),
      archive: vi.fn<ParleyApi['dialogue']['archive']>(async ({ id, archived = true }) => {
        const found = find(id);
        if (!found) return fail('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
        const updated = { ...found, archived };
        dialogues = dialogues.map((d) => (d.id === id ? updated : d));
        return ok(updated);
      }),
    },
    party: {
      create: vi.fn<ParleyApi['party']['create']>(async ({ dialogueId, name, kind = 'side' }) => {
        const found = find(dialogueId);
        if (!found) return fail('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
        const party: PartyView = { id: uuid(), dialogueId, name, kind, position: found.parties.length };
        const updated = { ...found, parties: [...found.parties, party] };
        dialogues = dialogues.map((d) => (d.id === dialogueId ? updated : d));
        return ok(party);
      }),
      list: vi.fn<ParleyApi['party']['list']>(async ({ dialogueId }) => ok(find(dialogueId)?.parties ?? [])),
    },
    settings: {
      get: vi.fn<ParleyApi['settings']['get']>(async () => ok({ ...settings })),
      update: vi.fn<ParleyApi['settings']['update']>(async (changes) => {
        settings = { ...settings, ...changes };
        return ok({ ...settings });
      }),
    },
    on: vi.fn(<E extends EventName>(event: E, listener: (payload: ParleyEvents[E]) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    }),
  };

  return {
    api: api as unknown as ParleyApi & typeof api,
    /** Pushes an event as main would. */
    emit<E extends EventName>(event: E, payload: ParleyEvents[E]) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: ParleyEvents[E]) => void)(payload);
    },
    /** Main locks on its own (e.g. idle timeout): state changes, then the event. */
    lockFromMain() {
      open = null;
      this.emit('workspace.locked', { reason: 'idle', status: status() });
    },
    get dialogues(): readonly DialogueView[] {
      return dialogues;
    },
    get settings(): WorkspaceSettings {
      return settings;
    },
  };
}

export type FakeApi = ReturnType<typeof createFakeApi>;
