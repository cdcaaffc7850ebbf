import { dialoguesStep } from './dialogues';
import type { DemoStep } from './steps';

/** Run in order; later features append their steps (roster, sessions, notes, agreements…). */
export const DEMO_STEPS: readonly DemoStep[] = [dialoguesStep];

export type { DemoContext, DemoStep } from './steps';
