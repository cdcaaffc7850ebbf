import { migration001 } from './001-dialogues-and-parties';
import type { Migration } from './types';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [migration001];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

export type { Migration } from './types';
