import type { Client } from '../../main/cli/client';
import { agreementsSeed } from './agreements';
import { notesSeed } from './notes';
import { reportsSeed } from './reports';
import { rosterSeed } from './roster';
import { sessionBench } from './sessions';
import { trustBuildingSeed } from './trust-building';

/**
 * The generated workspace the bench measures. DESIGN.md sets the budgets at 1,000 participants,
 * 500 sessions, 100,000 notes and 200 agreement versions; each feature adds its part of that
 * workload here (a count, and a seeding step) when it lands.
 */
export const WORKLOAD = {
  dialogues: 500,
  partiesPerDialogue: 3,
} as const;

/** Ids of what the seeding steps made, for the operations to pick from. */
export interface Generated {
  readonly dialogueIds: string[];
}

export interface SeedContext {
  /** For seeds that insert in bulk (100,000 notes) rather than one call at a time. */
  readonly client: Client;
  readonly call: Client['call'];
  readonly generated: Generated;
}

export interface SeedStep {
  readonly name: string;
  run(ctx: SeedContext): Promise<void>;
}

/** Code names, conflicts and parties are synthetic; nothing here resembles a real process. */
export function syntheticDialogue(index: number) {
  const n = String(index).padStart(4, '0');
  return {
    codeName: `Bench ${n}`,
    conflict: `Synthetic conflict ${n} between region ${n}-north and region ${n}-south`,
    objectives: `Objective one for ${n}.\nObjective two for ${n}.`,
    status: (['exploring', 'active', 'paused', 'concluded'] as const)[index % 4]!,
    trackLevel: (['1.5', '2', '3'] as const)[index % 3]!,
    parties: [
      { name: `North delegation ${n}`, kind: 'side' as const },
      { name: `South delegation ${n}`, kind: 'side' as const },
      { name: `Facilitation team ${n}`, kind: 'facilitation' as const },
    ].slice(0, WORKLOAD.partiesPerDialogue),
  };
}

/**
 * Dialogues go through the registry like the app's own saves, so the seeded rows are exactly
 * what the services write. (A feature seeding 100,000 notes may prefer bulk inserts in one
 * transaction through the store; that is its step's choice.)
 */
const dialogues: SeedStep = {
  name: 'dialogues',
  async run({ call, generated }) {
    for (let i = 0; i < WORKLOAD.dialogues; i++) {
      generated.dialogueIds.push((await call('dialogue.create', syntheticDialogue(i))).id);
    }
  },
};

/** Run in order after the workspace is created and unlocked. */
export const SEED_STEPS: readonly SeedStep[] = [
  dialogues,
  rosterSeed,
  sessionBench.seed,
  notesSeed,
  agreementsSeed,
  trustBuildingSeed,
  reportsSeed,
];
