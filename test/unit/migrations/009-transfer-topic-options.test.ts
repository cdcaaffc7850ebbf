import { describe, expect, it } from 'vitest';
import { migration009 } from '../../../migrations/009-transfer-topic-options';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { count, earlierThan, insert, migrationDatabase, NOW, seedDialogue, upTo } from './helper';

const databases = migrationDatabase(9);

/** Everything before this migration (found in the list: the lead may renumber it), with a topic, its option and two transfers. */
async function withEarlierData() {
  const database = await databases.before(migration009);
  seedDialogue(database);
  insert(database, 'topics', { id: 't1', dialogue_id: 'd1', title: 'Water', title_key: 'water', created_at: NOW });
  insert(database, 'topic_options', {
    id: 'o1',
    topic_id: 't1',
    title: 'Shared water board',
    title_key: 'shared water board',
    created_at: NOW,
    updated_at: NOW,
  });
  transfer(database, { id: 'tr-topic', idea_kind: 'topic', topic_id: 't1' });
  transfer(database, { id: 'tr-words', idea_kind: 'other', idea_label: 'Shared water board' });
  return database;
}

function transfer(database: SqliteDatabase, values: Record<string, unknown>) {
  return insert(database, 'transfers', {
    dialogue_id: 'd1',
    idea_label: 'Water',
    track_one_role: 'Minister of water',
    carried_on: '2026-02-01',
    carrier_kind: 'facilitation',
    channel: 'call',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });
}

async function migrated() {
  const database = await withEarlierData();
  migrate(database, upTo(migration009));
  return database;
}

describe(`migration ${migration009.version}: transfers of topic options`, () => {
  it('applies after every earlier migration and keeps the transfers logged before', async () => {
    const database = await withEarlierData();
    expect(schemaVersion(database)).toBe(earlierThan(migration009).length);
    expect(migrate(database, upTo(migration009))).toBe(migration009.version);
    expect(
      database.prepare('SELECT id, idea_kind, topic_id, topic_option_id FROM transfers ORDER BY id').all(),
    ).toEqual([
      { id: 'tr-topic', idea_kind: 'topic', topic_id: 't1', topic_option_id: null },
      { id: 'tr-words', idea_kind: 'other', topic_id: null, topic_option_id: null },
    ]);
    expect(database.pragma('foreign_key_check')).toEqual([]);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('links an option only for the topic-option kind, with its topic, and to an option that exists', async () => {
    const database = await migrated();
    transfer(database, { id: 'tr-option', idea_kind: 'topic-option', topic_id: 't1', topic_option_id: 'o1' });
    const refused = (values: Record<string, unknown>) => () => transfer(database, values);
    expect(refused({ id: 'x1', idea_kind: 'topic', topic_id: 't1', topic_option_id: 'o1' })).toThrow(/CHECK/u);
    expect(refused({ id: 'x2', idea_kind: 'other', topic_option_id: 'o1' })).toThrow(/CHECK/u);
    expect(refused({ id: 'x3', idea_kind: 'topic-option', topic_option_id: 'nowhere' })).toThrow(/FOREIGN KEY/u);
    expect(count(database, 'transfers')).toBe(3);
  });

  it('keeps the entry when its option goes, unlinked, with its words', async () => {
    const database = await migrated();
    transfer(database, { id: 'tr-option', idea_kind: 'topic-option', topic_id: 't1', topic_option_id: 'o1' });
    database.prepare(`DELETE FROM topic_options WHERE id = 'o1'`).run();
    expect(
      database
        .prepare(`SELECT idea_kind, topic_id, topic_option_id, idea_label FROM transfers WHERE id = 'tr-option'`)
        .get(),
    ).toEqual({ idea_kind: 'topic-option', topic_id: 't1', topic_option_id: null, idea_label: 'Water' });
  });
});
