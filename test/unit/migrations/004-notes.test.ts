import { describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { extraForms, searchWords } from '../../../shared/text/search-fold';
import { insert, migrationDatabase, NOW, seedDialogue } from './helper';

const { atVersion } = migrationDatabase(4);

/** What a version-3 workspace holds: a dialogue, parties, participants, a session with an agenda, topics. */
function seedVersion3(database: SqliteDatabase) {
  seedDialogue(database, {
    participants: [
      ['u1', 'pa', 'A1'],
      ['u2', 'pb', 'B2'],
    ],
  });
  insert(database, 'root_causes', {
    id: 'rc1',
    dialogue_id: 'd1',
    position: 0,
    title: 'Water scarcity',
    title_key: 'water scarcity',
    created_at: NOW,
    updated_at: NOW,
  });
  insert(database, 'topics', { id: 't1', dialogue_id: 'd1', title: 'Water', title_key: 'water', created_at: NOW });
  insert(database, 'agenda_items', {
    id: 'i1',
    session_id: 's1',
    position: 0,
    kind: 'plenary',
    title: 'Needs and fears',
    planned_minutes: 60,
    created_at: NOW,
    updated_at: NOW,
  });
  insert(database, 'agenda_items', {
    id: 'i2',
    session_id: 's1',
    position: 1,
    kind: 'caucus',
    caucus_party_id: 'pa',
    title: 'Caucus with Side A',
    planned_minutes: 45,
    created_at: NOW,
    updated_at: NOW,
  });
}

let seq = 0;
function note(database: SqliteDatabase, values: Record<string, unknown> = {}) {
  seq += 1;
  const row = {
    id: `n${seq}`,
    dialogue_id: 'd1',
    session_id: 's1',
    level: 'participants',
    body: 'B2 said water guarantees come first.',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  };
  insert(database, 'notes', row);
  return database.prepare('SELECT seq FROM notes WHERE id = ?').get(row.id) as { seq: number };
}

const count = (database: SqliteDatabase, sql: string, ...params: unknown[]) =>
  (database.prepare(sql).get(...params) as { n: number }).n;

/** Indexes text the way the notes service does: folded words, plus article-stripped forms. */
function index(database: SqliteDatabase, rowid: number, body: string, meta = '') {
  const words = searchWords(body);
  database
    .prepare('INSERT INTO notes_fts (rowid, text, extra, meta) VALUES (?, ?, ?, ?)')
    .run(rowid, words.join(' '), extraForms(words), meta);
}

const matches = (database: SqliteDatabase, expression: string) =>
  (
    database.prepare('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid').all(expression) as {
      rowid: number;
    }[]
  ).map((row) => row.rowid);

describe('migration 004: notes', () => {
  it('applies on a version-3 workspace with data and keeps that data', async () => {
    const database = await atVersion(3);
    seedVersion3(database);
    migrate(database, migrations.slice(0, 4));
    expect(schemaVersion(database)).toBe(4);
    expect(count(database, 'SELECT count(*) AS n FROM sessions')).toBe(1);
    expect(count(database, 'SELECT count(*) AS n FROM participants')).toBe(2);
    const { seq: rowid } = note(database, { agenda_item_id: 'i1', speaker_id: 'u2' });
    insert(database, 'note_versions', {
      note_id: `n${seq}`,
      version: 1,
      body: 'B2 said water.',
      level: 'participants',
      kind: 'note',
      speaker_id: 'u2',
      saved_at: NOW,
      superseded_at: NOW,
    });
    insert(database, 'note_tags', { note_id: `n${seq}`, position: 0, kind: 'topic', topic_id: 't1' });
    insert(database, 'note_tags', { note_id: `n${seq}`, position: 1, kind: 'root-cause', root_cause_id: 'rc1' });
    insert(database, 'note_tags', {
      note_id: `n${seq}`,
      position: 2,
      kind: 'free',
      label: 'Wells',
      label_key: 'wells',
    });
    expect(rowid).toBeGreaterThan(0);
    expect(database.pragma('foreign_key_check')).toEqual([]);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('turns secure-delete on for the search index', async () => {
    const database = await atVersion(4);
    const config = database.prepare(`SELECT v FROM notes_fts_config WHERE k = 'secure-delete'`).get() as { v: number };
    expect(config.v).toBe(1);
  });

  it('enforces levels, kinds, the body size, tag shapes and withdrawn speakers', async () => {
    const database = await atVersion(4);
    seedVersion3(database);
    expect(() => note(database, { level: 'public' })).toThrow(/CHECK/);
    expect(() => note(database, { kind: 'rumour' })).toThrow(/CHECK/);
    expect(() => note(database, { body: 'x'.repeat(262_145) })).toThrow(/CHECK/);
    note(database, { body: 'x'.repeat(262_144) });
    // Two-byte letters: 131,073 of them are 262,146 bytes.
    expect(() => note(database, { body: 'م'.repeat(131_073) })).toThrow(/CHECK/);
    expect(() => note(database, { speaker_id: 'u1', speaker_withdrawn: 1 })).toThrow(/CHECK/);
    note(database, { speaker_withdrawn: 1 });
    note(database, { id: 'twice' });
    expect(() => note(database, { id: 'twice' })).toThrow(/UNIQUE/);

    note(database, { id: 'tagged' });
    const tag = (values: Record<string, unknown>) => insert(database, 'note_tags', { note_id: 'tagged', ...values });
    expect(() => tag({ position: 0, kind: 'topic' })).toThrow(/CHECK/);
    expect(() => tag({ position: 0, kind: 'topic', topic_id: 't1', label: 'x', label_key: 'x' })).toThrow(/CHECK/);
    expect(() => tag({ position: 0, kind: 'free', label: '', label_key: '' })).toThrow(/CHECK/);
    expect(() => tag({ position: 0, kind: 'free', label: 'x' })).toThrow(/CHECK/);
    tag({ position: 0, kind: 'topic', topic_id: 't1' });
    expect(() => tag({ position: 1, kind: 'topic', topic_id: 't1' })).toThrow(/UNIQUE/);
    tag({ position: 1, kind: 'free', label: 'Wells', label_key: 'wells' });
    expect(() => tag({ position: 2, kind: 'free', label: 'WELLS', label_key: 'wells' })).toThrow(/UNIQUE/);
    expect(() => tag({ position: 3, kind: 'topic', topic_id: 'no-such-topic' })).toThrow(/FOREIGN KEY/);
  });

  it('refuses to delete a session or a party that still has notes, so nothing typed goes with them', async () => {
    const database = await atVersion(4);
    seedVersion3(database);
    note(database, { caucus_party_id: 'pa', level: 'facilitator', agenda_item_id: 'i2' });
    expect(() => database.prepare(`DELETE FROM sessions WHERE id = 's1'`).run()).toThrow(/FOREIGN KEY/);
    expect(() => database.prepare(`DELETE FROM parties WHERE id = 'pa'`).run()).toThrow(/FOREIGN KEY/);
    expect(count(database, 'SELECT count(*) AS n FROM notes')).toBe(1);
  });

  it('unlinks notes from a removed agenda item, participant or topic and keeps them', async () => {
    const database = await atVersion(4);
    seedVersion3(database);
    note(database, { id: 'kept', agenda_item_id: 'i1', speaker_id: 'u1' });
    insert(database, 'note_tags', { note_id: 'kept', position: 0, kind: 'topic', topic_id: 't1' });
    database.prepare(`DELETE FROM agenda_items WHERE id = 'i1'`).run();
    database.prepare(`DELETE FROM participants WHERE id = 'u1'`).run();
    database.prepare(`DELETE FROM topics WHERE id = 't1'`).run();
    expect(database.prepare(`SELECT agenda_item_id, speaker_id, body FROM notes WHERE id = 'kept'`).get()).toEqual({
      agenda_item_id: null,
      speaker_id: null,
      body: 'B2 said water guarantees come first.',
    });
    expect(count(database, 'SELECT count(*) AS n FROM note_tags')).toBe(0);
  });

  it('removes a dialogue with its notes, versions, tags and index entries', async () => {
    const database = await atVersion(4);
    seedVersion3(database);
    const { seq: rowid } = note(database, { id: 'gone', caucus_party_id: 'pb', level: 'facilitator' });
    index(database, rowid, 'A caucus note about wells');
    insert(database, 'note_versions', {
      note_id: 'gone',
      version: 1,
      body: 'draft',
      level: 'facilitator',
      kind: 'note',
      saved_at: NOW,
      superseded_at: NOW,
    });
    insert(database, 'note_tags', { note_id: 'gone', position: 0, kind: 'free', label: 'Wells', label_key: 'wells' });
    insert(database, 'notes_fts_pending', { seq: rowid });
    expect(() => insert(database, 'notes_fts_pending', { seq: 999_999 })).toThrow(/FOREIGN KEY/);
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    for (const table of ['notes', 'note_versions', 'note_tags', 'notes_fts_pending', 'sessions']) {
      expect(count(database, `SELECT count(*) AS n FROM ${table}`), table).toBe(0);
    }
    expect(matches(database, '"wells"')).toEqual([]);
  });

  it('forgets a deleted note in the index itself, not behind a tombstone (secure-delete)', async () => {
    const database = await atVersion(4);
    seedVersion3(database);
    const marker = 'zqxjvmarkerterm';
    const { seq: rowid } = note(database, { body: `${marker} and water` });
    index(database, rowid, `${marker} and water`);
    database.exec(`CREATE VIRTUAL TABLE temp.notes_vocab USING fts5vocab(main, notes_fts, 'row')`);
    const indexed = () => count(database, 'SELECT count(*) AS n FROM temp.notes_vocab WHERE term = ?', marker);
    const inShadowPages = () =>
      (database.prepare('SELECT block FROM notes_fts_data').all() as { block: Buffer }[]).some((row) =>
        Buffer.from(row.block).includes(Buffer.from(marker)),
      );
    expect(indexed()).toBe(1);
    expect(inShadowPages()).toBe(true);
    database.prepare('DELETE FROM notes WHERE seq = ?').run(rowid);
    expect(matches(database, `"${marker}"`)).toEqual([]);
    expect(indexed()).toBe(0);
    expect(inShadowPages()).toBe(false);
    database.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')`);
  });
});

describe('the search index and its tokenizer (why notes are indexed folded)', () => {
  const samples = [
    'قال إنّ المِيَاهُ مشكلة كبيرة', // harakat, shadda, hamza under alef
    'أمن الحدود أولاً', // hamza on alef
    'والمدرسة مغلقة', // conjunction + article, teh marbuta
    'שָׁלוֹם וְהַמַּיִם', // niqqud, vav + he prefixes
    'Вода и безопасность — Ёлка', // Cyrillic, yo
    'Ḥaddād spoke about the WATER-sharing plan', // Latin diacritics, case, hyphen
  ];

  it('does not fold Arabic or Hebrew marks by itself (the measured reason for folding first)', async () => {
    const database = await atVersion(4);
    samples.forEach((body, i) =>
      database.prepare('INSERT INTO notes_fts (rowid, text, extra, meta) VALUES (?, ?, ?, ?)').run(i + 1, body, '', ''),
    );
    expect(matches(database, '"المياه"')).toEqual([]);
    expect(matches(database, '"امن"')).toEqual([]);
    expect(matches(database, '"שלום"')).toEqual([]);
    // Latin diacritics and Cyrillic case it does handle on its own.
    expect(matches(database, '"haddad"')).toEqual([6]);
    expect(matches(database, '"вода"')).toEqual([5]);
  });

  it('finds Arabic, Hebrew and Cyrillic words and prefixes in folded text, whatever the marks', async () => {
    const database = await atVersion(4);
    samples.forEach((body, i) => index(database, i + 1, body));
    const find = (query: string) => matches(database, `{text extra} : (${query})`);
    expect(find('"المياه"')).toEqual([1]);
    expect(find('"مياه"')).toEqual([1]); // the article stripped
    expect(find('"امن"')).toEqual([2]);
    expect(find('"أمن"'.normalize('NFKD').replace(/\p{M}/gu, ''))).toEqual([2]);
    expect(find('"مدرسه"')).toEqual([3]); // teh marbuta folded, "وال" stripped
    expect(find('"مدر" *')).toEqual([3]);
    expect(find('"שלום"')).toEqual([4]);
    expect(find('"מים"')).toEqual([4]); // "וְהַמַּיִם" = and-the-water
    expect(find('"вода"')).toEqual([5]);
    expect(find('"безопас" *')).toEqual([5]);
    expect(find('"елка"')).toEqual([5]);
    expect(find('"haddad"')).toEqual([6]);
    expect(find('"water sharing"')).toEqual([6]);
  });
});
