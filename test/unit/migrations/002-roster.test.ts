import { describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate } from '../../../main/store/migrate';
import { count, migrationDatabase, NOW } from './helper';

const { atVersion } = migrationDatabase(2);

/** Data a version-1 workspace holds: two dialogues with their parties. */
function seedVersion1(database: SqliteDatabase) {
  const dialogue = database.prepare(
    `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, started_on, created_at, updated_at)
     VALUES (?, ?, ?, 'active', '2', '2025-05-01', ?, ?)`,
  );
  dialogue.run('d1', 'Cedar', 'cedar', NOW, NOW);
  dialogue.run('d2', 'Olive', 'olive', NOW, NOW);
  const party = database.prepare(
    `INSERT INTO parties (id, dialogue_id, name, name_key, kind, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  party.run('pa', 'd1', 'Side A', 'side a', 'side', 0, NOW);
  party.run('pb', 'd1', 'Side B', 'side b', 'side', 1, NOW);
  party.run('pf', 'd1', 'Facilitation team', 'facilitation team', 'facilitation', 2, NOW);
  party.run('qa', 'd2', 'Side A', 'side a', 'side', 0, NOW);
}

function insertParticipant(database: SqliteDatabase, values: Record<string, unknown>) {
  const row = {
    id: 'p1',
    dialogue_id: 'd1',
    party_id: 'pa',
    real_name: 'Salim Ḥaddād',
    pseudonym: 'The engineer',
    pseudonym_key: 'the engineer',
    speaker_code: 'A1',
    search_key: 'salim haddad | the engineer | a1',
    status: 'confirmed',
    purged_at: null,
    created_at: NOW,
    updated_at: NOW,
    ...values,
  };
  const columns = Object.keys(row);
  database
    .prepare(`INSERT INTO participants (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    .run(row);
}

describe('migration 002: roster', () => {
  it('applies to a version-1 workspace and keeps its dialogues and parties', async () => {
    const database = await atVersion(1);
    seedVersion1(database);
    expect(migrate(database, migrations.slice(0, 2))).toBe(2);
    expect(count(database, 'dialogues')).toBe(2);
    expect(count(database, 'parties')).toBe(4);
    const tables = database
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'audit_log',
        'decision_maker_links',
        'decision_makers',
        'dialogue_sponsors',
        'participant_aliases',
        'participant_consents',
        'participants',
        'root_causes',
      ]),
    );
  });

  it('stores a full participant with aliases, links, consent, sponsors, root causes and an audit entry', async () => {
    const database = await atVersion(1);
    seedVersion1(database);
    migrate(database, migrations.slice(0, 2));
    database
      .prepare(`INSERT INTO dialogue_sponsors (dialogue_id, position, name, name_key) VALUES ('d1', 0, 'Fund', 'fund')`)
      .run();
    database
      .prepare(
        `INSERT INTO root_causes (id, dialogue_id, position, title, title_key, created_at, updated_at)
         VALUES ('r1', 'd1', 0, 'Water', 'water', ?, ?)`,
      )
      .run(NOW, NOW);
    insertParticipant(database, {
      affiliation: 'Ministry of Water',
      affiliation_sensitive: 1,
      track_level: '1.5',
      sector: 'religion',
      languages: '["Arabic","English"]',
      email: 's@example.org',
      influence: 'high',
    });
    database
      .prepare(
        `INSERT INTO participant_aliases (participant_id, position, alias, alias_key, kind)
         VALUES ('p1', 0, 'سليم حداد', 'سليم حداد', 'transliteration')`,
      )
      .run();
    database
      .prepare(
        `INSERT INTO decision_makers (id, dialogue_id, name, name_key, created_at) VALUES ('m1', 'd1', 'Minister', 'minister', ?)`,
      )
      .run(NOW);
    database
      .prepare(
        `INSERT INTO decision_maker_links (participant_id, decision_maker_id, position, closeness, channel)
         VALUES ('p1', 'm1', 0, 'direct', 'informal')`,
      )
      .run();
    database
      .prepare(
        `INSERT INTO participant_consents (id, participant_id, given_on, scope_notes, scope_quotes, scope_attribution, scope_photos, created_at)
         VALUES ('c1', 'p1', '2026-01-01', 1, 1, 0, 0, ?)`,
      )
      .run(NOW);
    database
      .prepare(
        `INSERT INTO audit_log (occurred_on, action, dialogue_id) VALUES ('2026-01-02', 'participant.purged', 'd1')`,
      )
      .run();
    for (const table of [
      'participants',
      'participant_aliases',
      'decision_maker_links',
      'participant_consents',
      'audit_log',
    ]) {
      expect(count(database, table), table).toBe(1);
    }
  });

  it('enforces the roster rules: party of the same dialogue, unique codes and pseudonyms, enumerations', async () => {
    const database = await atVersion(2);
    seedVersion1(database);
    insertParticipant(database, {});
    // A party of another dialogue is refused by the composite foreign key.
    expect(() =>
      insertParticipant(database, { id: 'p2', party_id: 'qa', speaker_code: 'A2', pseudonym_key: 'x' }),
    ).toThrow(/FOREIGN KEY/);
    expect(() => insertParticipant(database, { id: 'p3', pseudonym_key: 'other' })).toThrow(/UNIQUE/);
    expect(() => insertParticipant(database, { id: 'p4', speaker_code: 'A4' })).toThrow(/UNIQUE/);
    // The same code in another dialogue is fine.
    insertParticipant(database, { id: 'p5', dialogue_id: 'd2', party_id: 'qa' });
    for (const bad of [
      { status: 'maybe' },
      { track_level: '4' },
      { sector: 'sports' },
      { affiliation_sensitive: 2 },
      { languages: 'Arabic' },
      { influence: 'huge' },
      { real_name: '' },
      { speaker_code: null },
    ]) {
      expect(
        () => insertParticipant(database, { id: 'p9', speaker_code: 'B9', pseudonym_key: 'p9', ...bad }),
        JSON.stringify(bad),
      ).toThrow(/CHECK|NOT NULL/);
    }
  });

  it('refuses a purged row that still carries identity, and lets purged rows share the neutral pseudonym', async () => {
    const database = await atVersion(2);
    seedVersion1(database);
    const purged = {
      real_name: '',
      speaker_code: null,
      pseudonym: 'Withdrawn participant',
      pseudonym_key: 'withdrawn participant',
      search_key: 'withdrawn participant',
      status: 'withdrawn',
      purged_at: NOW,
    };
    insertParticipant(database, { id: 'w1', ...purged });
    insertParticipant(database, { id: 'w2', ...purged });
    for (const leak of [
      { real_name: 'Salim' },
      { speaker_code: 'B4' },
      { email: 'x@example.org' },
      { phone: '+1' },
      { risk_safety: 'x' },
      { affiliation: 'x' },
      { status: 'confirmed' },
    ]) {
      expect(() => insertParticipant(database, { id: 'w3', ...purged, ...leak }), JSON.stringify(leak)).toThrow(
        /CHECK/,
      );
    }
  });

  it('cascades a participant’s aliases, links and consents, and a dialogue’s whole roster', async () => {
    const database = await atVersion(2);
    seedVersion1(database);
    insertParticipant(database, {});
    database
      .prepare(
        `INSERT INTO participant_aliases (participant_id, position, alias, alias_key, kind) VALUES ('p1', 0, 'Abu Salim', 'abu salim', 'nickname')`,
      )
      .run();
    expect(() =>
      database
        .prepare(
          `INSERT INTO participant_aliases (participant_id, position, alias, alias_key, kind) VALUES ('p1', 1, 'ABU SALIM', 'abu salim', 'nickname')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    database
      .prepare(
        `INSERT INTO decision_makers (id, dialogue_id, name, name_key, created_at) VALUES ('m1', 'd1', 'Minister', 'minister', ?)`,
      )
      .run(NOW);
    database
      .prepare(
        `INSERT INTO decision_maker_links (participant_id, decision_maker_id, position, closeness, channel) VALUES ('p1', 'm1', 0, 'direct', 'formal')`,
      )
      .run();
    expect(() =>
      database
        .prepare(
          `INSERT INTO decision_maker_links (participant_id, decision_maker_id, position, closeness, channel) VALUES ('p1', 'm1', 1, 'close', 'formal')`,
        )
        .run(),
    ).toThrow(/CHECK|UNIQUE/);
    database
      .prepare(
        `INSERT INTO audit_log (occurred_on, action, dialogue_id) VALUES ('2026-01-02', 'participant.purged', 'd1')`,
      )
      .run();
    expect(() =>
      database
        .prepare(`INSERT INTO audit_log (occurred_on, action) VALUES ('2026-01-02T10:00', 'participant.purged')`)
        .run(),
    ).toThrow(/CHECK/);

    database.prepare(`DELETE FROM participants WHERE id = 'p1'`).run();
    expect(count(database, 'participant_aliases')).toBe(0);
    expect(count(database, 'decision_maker_links')).toBe(0);

    insertParticipant(database, { id: 'p2' });
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    expect(count(database, 'participants')).toBe(0);
    expect(count(database, 'decision_makers')).toBe(0);
    // The audit entry outlives the dialogue, without pointing at it.
    expect(database.prepare('SELECT dialogue_id FROM audit_log').get()).toEqual({ dialogue_id: null });
  });
});
