import { dialoguesStep } from './dialogues';
import { notesStep } from './notes';
import { rosterStep } from './roster';
import { sessionsStep } from './sessions';
import type { DemoStep } from './steps';

/** Run in order; later features append their steps (roster, sessions, notes, agreements…). */
export const DEMO_STEPS: readonly DemoStep[] = [dialoguesStep, rosterStep, sessionsStep, notesStep];

export type { DemoContext, DemoStep } from './steps';
