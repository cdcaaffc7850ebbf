import type { Database } from 'better-sqlite3-multiple-ciphers';

/**
 * One schema step. Released migrations are never edited: a change is a new file. `up` runs inside
 * the runner's transaction together with the `user_version` bump, so a failure leaves the previous
 * schema untouched.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}
