import { migration001 } from './001-dialogues-and-parties';
import { migration002 } from './002-roster';
import { migration003 } from './003-sessions';
import { migration004 } from './004-notes';
import { migration005 } from './005-known-safe-phrases';
import { migration006 } from './006-agreements';
import { migration007 } from './007-trust-building';
import { migration008 } from './008-workspace-lifecycle';
import { migration009 } from './009-transfer-topic-options';
import { migration010 } from './010-settings';
import { migration011 } from './011-reports';
import type { Migration } from './types';

/** Every schema step, in order. Append only. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

export type { Migration } from './types';
