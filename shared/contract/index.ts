import { dialogueContract } from './dialogue';
import type { EventName, ParleyEvents } from './events';
import type { InputOf, ResultOf } from './method';
import { partyContract } from './party';
import { workspaceContract } from './workspace';

/** The whole IPC surface between renderer and main. Adding a method is one entry in a section. */
export const contract = {
  ...workspaceContract,
  ...dialogueContract,
  ...partyContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

type Namespace<K> = K extends `${infer N}.${string}` ? N : never;
type Action<K, N extends string> = K extends `${N}.${infer A}` ? A : never;

/** `parley.dialogue.create(input)`: the typed client the renderer sees as `window.parley`. */
export type ParleyApi = {
  readonly [N in Namespace<MethodName>]: {
    readonly [A in Action<MethodName, N>]: (
      input: InputOf<Contract[`${N}.${A}` & MethodName]>,
    ) => Promise<ResultOf<Contract[`${N}.${A}` & MethodName]>>;
  };
} & {
  /** Subscribe to a main-process event; returns an unsubscribe function. */
  readonly on: <E extends EventName>(event: E, listener: (payload: ParleyEvents[E]) => void) => () => void;
};

export * from './method';
export * from './events';
export type { WorkspaceStatus, WorkspaceSummary, WorkspaceState } from './workspace';
export type { DialogueView } from './dialogue';
export type { PartyView } from './party';
