import type { Suite } from './context';
import { dialogueSuite } from './dialogues';
import { workspaceSuite } from './workspace';

/** Registered in this order; a feature appends its suite. */
export const SUITES: readonly Suite[] = [workspaceSuite, dialogueSuite];

export type { BenchContext, Suite } from './context';
