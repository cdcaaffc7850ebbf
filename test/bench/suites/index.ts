import type { Suite } from './context';
import { agreementsSuite } from '../agreements';
import { notesSuite } from '../notes';
import { redactionSuite } from '../redaction';
import { reportsSuite } from '../reports';
import { rosterSuite } from '../roster';
import { sessionBench } from '../sessions';
import { trustBuildingSuite } from '../trust-building';
import { dialogueSuite } from './dialogues';
import { workspaceSuite } from './workspace';

/** Registered in this order; a feature appends its suite. */
export const SUITES: readonly Suite[] = [
  workspaceSuite,
  dialogueSuite,
  rosterSuite,
  sessionBench.suite,
  notesSuite,
  redactionSuite,
  agreementsSuite,
  trustBuildingSuite,
  reportsSuite,
];

export type { BenchContext, Suite } from './context';
