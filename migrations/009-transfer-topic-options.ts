import type { Migration } from './types';

/**
 * Transfers of Overton options (issue 10 × issue 9): the transfer log's idea can be one option of a
 * topic ("shared water board"), the kind migration 006 reserved as `topic-option`. The row names
 * the option and, in `topic_id`, its topic, so the entry still says what it was about if the option
 * goes (with its topic); the label keeps the words as carried either way.
 *
 * No row could name an option before, so the new CHECK holds for every row already there.
 * Migrations are frozen once released.
 */
export const migration009: Migration = {
  version: 9,
  name: 'transfer-topic-options',
  up(db) {
    db.exec(`
      ALTER TABLE transfers ADD COLUMN topic_option_id TEXT
        REFERENCES topic_options (id) ON DELETE SET NULL
        CHECK (topic_option_id IS NULL OR idea_kind = 'topic-option');
      CREATE INDEX transfers_by_topic_option ON transfers (topic_option_id) WHERE topic_option_id IS NOT NULL;
    `);
  },
};
