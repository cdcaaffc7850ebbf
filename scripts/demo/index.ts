import { agreementsStep } from './agreements';
import { dialoguesStep } from './dialogues';
import { lifecycleStep } from './lifecycle';
import { notesStep } from './notes';
import { reportsStep } from './reports';
import { rosterStep } from './roster';
import { sessionsStep } from './sessions';
import type { DemoStep } from './steps';
import { trustBuildingStep } from './trust-building';

/** Run in order; later features append their steps (roster, sessions, notes, agreements…). */
export const DEMO_STEPS: readonly DemoStep[] = [
  dialoguesStep,
  rosterStep,
  sessionsStep,
  notesStep,
  trustBuildingStep,
  agreementsStep,
  reportsStep,
  lifecycleStep,
];

export type { DemoContext, DemoStep } from './steps';
