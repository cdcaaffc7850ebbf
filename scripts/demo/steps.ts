import type { DialogueView } from '../../shared/contract';
import type { Client } from '../../main/cli/client';

/**
 * The demo workspace is filled by a list of steps, run in order through the same registry the app
 * uses, so demo data always passes the app's own validation. A feature adds its demo data by
 * appending a step to DEMO_STEPS (demo/index.ts). All of it is fictional: invented places,
 * invented groups, no real people.
 */
export interface DemoContext {
  readonly call: Client['call'];
  /** What earlier steps made, by code name, for later steps (roster, sessions, notes…) to attach to. */
  readonly dialogues: Map<string, DialogueView>;
}

export interface DemoStep {
  readonly name: string;
  /** Returns one line per thing made, printed by the demo. */
  run(ctx: DemoContext): Promise<readonly string[]>;
}
