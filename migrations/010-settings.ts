import type { Migration } from './types';

/**
 * Workspace settings (issue 12): choices the facilitator makes once and expects to find again after
 * a restart — the privacy screen, the colour theme, the sidebar — kept inside the encrypted
 * workspace, never in a plaintext file beside it (a setting such as "privacy screen on" says
 * something about how the laptop is used).
 *
 * One row per setting, the value as JSON text. Which keys exist and what their values may be is the
 * service's business (main/services/settings): a value it does not recognise (written by a newer
 * Parley, say) reads as the default rather than failing, and adding a setting needs no migration.
 */
export const migration010: Migration = {
  version: 10,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_settings (
        key        TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 64),
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
