import type { DialogueTables } from './dialogues';

/**
 * Kysely's view of the workspace: one file per domain, one interface per table, columns as stored.
 * A migration that adds a table adds its interface here in the same change.
 */
export type WorkspaceSchema = DialogueTables;

export type { DialoguesTable, PartiesTable } from './dialogues';
