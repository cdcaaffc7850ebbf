import { migration001 } from './001-dialogues-and-parties';
import { migration002 } from './002-roster';
import { migration003 } from './003-sessions';
import { migration004 } from './004-notes';
import { migration005 } from './005-settings';
import type { Migration } from './types';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

export type { Migration } from './types';
