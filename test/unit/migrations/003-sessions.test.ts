import { describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { insert, migrationDatabase, NOW } from './helper';

const { atVersion } = migrationDatabase(3);

/** What a version-2 workspace holds: a dialogue, its parties and two participants. */
function seedVersion2(database: SqliteDatabase) {
  database
    .prepare(
      `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
       VALUES ('d1', 'Cedar', 'cedar', 'active', '2', ?, ?)`,
    )
    .run(NOW, NOW);
  const party = database.prepare(
    `INSERT INTO parties (id, dialogue_id, name, name_key, kind, position, created_at) VALUES (?, 'd1', ?, ?, 'side', ?, ?)`,
  );
  party.run('pa', 'Side A', 'side a', 0, NOW);
  party.run('pb', 'Side B', 'side b', 1, NOW);
  const participant = database.prepare(
    `INSERT INTO participants (id, dialogue_id, party_id, real_name, pseudonym, pseudonym_key, speaker_code,
       search_key, status, created_at, updated_at)
     VALUES (?, 'd1', ?, ?, ?, ?, ?, '', 'confirmed', ?, ?)`,
  );
  participant.run('u1', 'pa', 'Salim Ḥaddād', 'The engineer', 'the engineer', 'A1', NOW, NOW);
  participant.run('u2', 'pb', 'Noa Ben-Ami', 'The teacher', 'the teacher', 'B1', NOW, NOW);
}

function seedSession(database: SqliteDatabase) {
  database
    .prepare(
      `INSERT INTO venues (id, dialogue_id, name, name_key, city, country, time_zone, created_at, updated_at)
       VALUES ('v1', 'd1', 'Lakeside retreat', 'lakeside retreat', 'Montreux', 'Switzerland', 'Europe/Zurich', ?, ?)`,
    )
    .run(NOW, NOW);
  database
    .prepare(
      `INSERT INTO sessions (id, dialogue_id, number, title, starts_at, ends_at, time_zone, venue_id, created_at, updated_at)
       VALUES ('s1', 'd1', 1, 'First round', '2026-05-14T07:00:00.000Z', '2026-05-15T15:00:00.000Z', 'Europe/Zurich', 'v1', ?, ?)`,
    )
    .run(NOW, NOW);
}

const item = (database: SqliteDatabase, values: Record<string, unknown>) =>
  insert(database, 'agenda_items', {
    id: 'i1',
    session_id: 's1',
    position: 0,
    kind: 'plenary',
    title: 'Needs and fears',
    planned_minutes: 60,
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });

describe('migration 003: sessions, venues and agendas', () => {
  it('applies over a version-2 workspace and keeps its roster', async () => {
    const database = await atVersion(2);
    seedVersion2(database);
    migrate(database, migrations.slice(0, 3));
    expect(schemaVersion(database)).toBe(3);
    expect(database.prepare('SELECT count(*) AS n FROM participants').get()).toEqual({ n: 2 });
    seedSession(database);
    const session = database.prepare('SELECT regime, daily_start_time, daily_end_time FROM sessions').get();
    expect(session).toEqual({ regime: 'chatham-house', daily_start_time: '09:00', daily_end_time: '18:00' });
  });

  it('refuses a second session with the same number, an end not after the start, and unknown regimes', async () => {
    const database = await atVersion(3);
    seedVersion2(database);
    seedSession(database);
    const insert = database.prepare(
      `INSERT INTO sessions (id, dialogue_id, number, starts_at, ends_at, time_zone, regime, created_at, updated_at)
       VALUES (?, 'd1', ?, ?, ?, 'UTC', ?, ?, ?)`,
    );
    const a = '2026-06-01T09:00:00.000Z';
    const b = '2026-06-01T17:00:00.000Z';
    expect(() => insert.run('s2', 1, a, b, 'chatham-house', NOW, NOW)).toThrow(/UNIQUE/);
    expect(() => insert.run('s3', 2, b, a, 'chatham-house', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('s4', 2, a, a, 'chatham-house', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('s5', 0, a, b, 'chatham-house', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('s6', 2, a, b, 'whispers', NOW, NOW)).toThrow(/CHECK/);
    insert.run('s7', 2, a, b, 'off-the-record', NOW, NOW);
  });

  it('checks agenda items: kinds, durations, caucus party only on a caucus, one running item', async () => {
    const database = await atVersion(3);
    seedVersion2(database);
    seedSession(database);
    item(database, { id: 'i1' });
    expect(() => item(database, { id: 'x1', kind: 'siesta' })).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x2', planned_minutes: 0 })).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x3', planned_minutes: 721 })).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x4', planned_minutes: -5 })).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x5', kind: 'plenary', caucus_party_id: 'pa' })).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x6', lead_kind: 'facilitator', lead_participant_id: 'u1' })).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x7', day: 31 })).toThrow(/CHECK/);
    expect(() =>
      item(database, { id: 'x8', actual_start: '2026-05-14T08:00:00Z', actual_end: '2026-05-14T07:00:00Z' }),
    ).toThrow(/CHECK/);
    expect(() => item(database, { id: 'x9', caucus_party_id: 'nope', kind: 'caucus' })).toThrow(/FOREIGN KEY/);
    item(database, { id: 'i2', position: 1, kind: 'caucus', caucus_party_id: 'pb' });
    item(database, { id: 'i3', position: 2, actual_start: '2026-05-14T07:00:00.000Z' });
    expect(() => item(database, { id: 'i4', position: 3, actual_start: '2026-05-14T08:00:00.000Z' })).toThrow(/UNIQUE/);
    item(database, { id: 'i5', position: 3, lead_kind: 'participant', lead_participant_id: 'u1' });
  });

  it('cascades a session to its agenda, topics links and attendance; a deleted venue leaves the session', async () => {
    const database = await atVersion(3);
    seedVersion2(database);
    seedSession(database);
    item(database, { id: 'i1' });
    database
      .prepare(
        `INSERT INTO topics (id, dialogue_id, title, title_key, created_at) VALUES ('t1', 'd1', 'Water', 'water', ?)`,
      )
      .run(NOW);
    database
      .prepare(`INSERT INTO agenda_item_topics (agenda_item_id, topic_id, position) VALUES ('i1', 't1', 0)`)
      .run();
    const attend = database.prepare(
      `INSERT INTO session_attendance (session_id, participant_id, status, updated_at) VALUES ('s1', ?, ?, ?)`,
    );
    attend.run('u1', 'attended', NOW);
    expect(() => attend.run('u2', 'maybe', NOW)).toThrow(/CHECK/);
    expect(() => attend.run('u1', 'absent', NOW)).toThrow(/UNIQUE|PRIMARY/);

    database.prepare(`DELETE FROM venues WHERE id = 'v1'`).run();
    expect(database.prepare(`SELECT venue_id, time_zone FROM sessions WHERE id = 's1'`).get()).toEqual({
      venue_id: null,
      time_zone: 'Europe/Zurich',
    });
    database.prepare(`DELETE FROM sessions WHERE id = 's1'`).run();
    for (const table of ['agenda_items', 'agenda_item_topics', 'session_attendance']) {
      expect(database.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(database.prepare('SELECT count(*) AS n FROM topics').get()).toEqual({ n: 1 });
  });

  it('deleting the whole dialogue removes everything of it, in any cascade order', async () => {
    const database = await atVersion(3);
    seedVersion2(database);
    seedSession(database);
    item(database, {
      id: 'i1',
      kind: 'caucus',
      caucus_party_id: 'pa',
      lead_kind: 'participant',
      lead_participant_id: 'u1',
    });
    database
      .prepare(
        `INSERT INTO venue_separations (venue_id, position, kind, party_id, note) VALUES ('v1', 0, 'dining', 'pb', '')`,
      )
      .run();
    database.prepare(`INSERT INTO session_attendance VALUES ('s1', 'u1', 'invited', ?)`).run(NOW);
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    for (const table of ['venues', 'venue_separations', 'sessions', 'agenda_items', 'session_attendance']) {
      expect(database.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('stores saved templates without people: only facilitator or no lead, caucus by party position', async () => {
    const database = await atVersion(3);
    database
      .prepare(
        `INSERT INTO agenda_templates (id, name, name_key, created_at) VALUES ('t1', 'My workshop', 'my workshop', ?)`,
      )
      .run(NOW);
    const insert = database.prepare(
      `INSERT INTO agenda_template_items (template_id, position, day, kind, title, planned_minutes, lead_kind, caucus_party_position)
       VALUES ('t1', ?, 0, ?, 'Item', 30, ?, ?)`,
    );
    insert.run(0, 'caucus', 'none', 1);
    expect(() => insert.run(1, 'plenary', 'participant', null)).toThrow(/CHECK/);
    expect(() => insert.run(2, 'plenary', 'none', 0)).toThrow(/CHECK/);
    expect(() =>
      database
        .prepare(
          `INSERT INTO agenda_templates (id, name, name_key, created_at) VALUES ('t2', 'MY WORKSHOP', 'my workshop', ?)`,
        )
        .run(NOW),
    ).toThrow(/UNIQUE/);
    database.prepare(`DELETE FROM agenda_templates`).run();
    expect(database.prepare('SELECT count(*) AS n FROM agenda_template_items').get()).toEqual({ n: 0 });
  });
});
