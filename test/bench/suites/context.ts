import type { Client } from '../../../main/cli/client';
import type { BenchSuite } from '../harness';
import type { Generated } from '../workload';

export interface BenchContext {
  readonly client: Client;
  readonly call: Client['call'];
  readonly workspaceName: string;
  readonly passphrase: string;
  readonly generated: Generated;
}

/** A suite registers its operations; they run after every suite has registered. */
export type Suite = (suite: BenchSuite, ctx: BenchContext) => void;

/** Cycles through ids so consecutive runs touch different rows. */
export const pick = (ids: readonly string[], run: number) => ids[((run % ids.length) + ids.length) % ids.length]!;
