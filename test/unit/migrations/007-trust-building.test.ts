import { describe, expect, it } from 'vitest';
import { migration007 } from '../../../migrations/007-trust-building';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { count, earlierThan, insert, migrationDatabase, NOW, seedDialogue, TWO_SIDES } from './helper';

/** Every migration before this one, from the list (the lead renumbers at merge). */
const before = earlierThan(migration007);
const databases = migrationDatabase(5);
const beforeThis = () => databases.before(migration007);

/** A dialogue with two sides and a facilitation team, a participant, a session with two items, a topic. */
function seed(database: SqliteDatabase) {
  seedDialogue(database, {
    parties: [...TWO_SIDES, ['pf', 'Facilitation', 'facilitation']],
    sessionEndsAt: '2026-05-14T15:00:00.000Z',
  });
  for (const [id, position] of [
    ['i1', 0],
    ['i2', 1],
  ] as const) {
    insert(database, 'agenda_items', {
      id,
      session_id: 's1',
      position,
      kind: 'exercise',
      title: 'Hopes and fears',
      planned_minutes: 75,
      created_at: NOW,
      updated_at: NOW,
    });
  }
  insert(database, 'topics', { id: 't1', dialogue_id: 'd1', title: 'Water', title_key: 'water', created_at: NOW });
}

function exercise(database: SqliteDatabase, values: Record<string, unknown> = {}) {
  insert(database, 'exercises', {
    id: 'e1',
    name: 'Our hopes',
    name_key: 'our hopes',
    purpose: 'To hear each other.',
    stage: 'opening',
    agenda_kind: 'exercise',
    min_minutes: 30,
    max_minutes: 60,
    min_people: 4,
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });
}

function run(database: SqliteDatabase, values: Record<string, unknown> = {}) {
  insert(database, 'exercise_runs', {
    id: 'r1',
    session_id: 's1',
    agenda_item_id: 'i1',
    builtin_exercise: 'builtin:hopes-and-fears',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });
}

describe('migration 007: trust-building', () => {
  it('applies after every earlier migration, keeps their data and leaves the database consistent', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration007]);
    expect(schemaVersion(database)).toBe(migration007.version);
    expect(count(database, 'sessions')).toBe(1);
    expect(count(database, 'agenda_items')).toBe(2);
    exercise(database);
    run(database);
    insert(database, 'exercise_run_steps', { run_id: 'r1', phase: 'prepare', position: 0, text: 'Cards' });
    insert(database, 'exercise_run_counts', { run_id: 'r1', party_id: 'pa', took_part: 5, opted_out: 1 });
    insert(database, 'exercise_observations', {
      id: 'o1',
      run_id: 'r1',
      level: 'facilitator',
      body: 'Quiet at first.',
      created_at: NOW,
      updated_at: NOW,
    });
    expect(database.pragma('foreign_key_check')).toEqual([]);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('checks exercises: stages, kinds, ranges, empty steps and flags', async () => {
    const database = await beforeThis();
    migrate(database, [...before, migration007]);
    expect(() => exercise(database, { stage: 'warm-up' })).toThrow(/CHECK/);
    expect(() => exercise(database, { agenda_kind: 'break' })).toThrow(/CHECK/);
    expect(() => exercise(database, { min_minutes: 60, max_minutes: 30 })).toThrow(/CHECK/);
    expect(() => exercise(database, { min_people: 10, max_people: 4 })).toThrow(/CHECK/);
    expect(() => exercise(database, { max_minutes: 721 })).toThrow(/CHECK/);
    exercise(database);
    expect(() => exercise(database, { id: 'e2' })).toThrow(/UNIQUE/);
    expect(() =>
      insert(database, 'exercise_steps', { exercise_id: 'e1', phase: 'room', position: 0, text: '' }),
    ).toThrow(/CHECK/);
    expect(() =>
      insert(database, 'exercise_steps', { exercise_id: 'e1', phase: 'during', position: 0, text: 'x' }),
    ).toThrow(/CHECK/);
    expect(() => insert(database, 'exercise_flags', { exercise_id: 'e1', flag: 'scary', caution: 'x' })).toThrow(
      /CHECK/,
    );
    expect(() => insert(database, 'exercise_flags', { exercise_id: 'e1', flag: 'opt-out', caution: '' })).toThrow(
      /CHECK/,
    );
  });

  it('a run names exactly one exercise, one item, and counts sides within bounds', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration007]);
    exercise(database);
    expect(() => run(database, { exercise_id: 'e1' })).toThrow(/CHECK/);
    expect(() => run(database, { builtin_exercise: null })).toThrow(/CHECK/);
    expect(() => run(database, { builtin_exercise: 'hopes-and-fears' })).toThrow(/CHECK/);
    expect(() => run(database, { builtin_exercise: null, exercise_id: 'nope' })).toThrow(/FOREIGN KEY/);
    run(database);
    expect(() => run(database, { id: 'r2' })).toThrow(/UNIQUE/);
    expect(() => run(database, { id: 'r3', agenda_item_id: 'i2', landed: 6 })).toThrow(/CHECK/);
    expect(() => insert(database, 'exercise_run_counts', { run_id: 'r1', party_id: 'pa', took_part: -1 })).toThrow(
      /CHECK/,
    );
    expect(() =>
      insert(database, 'exercise_observations', {
        id: 'o1',
        run_id: 'r1',
        level: 'public',
        body: 'x',
        created_at: NOW,
        updated_at: NOW,
      }),
    ).toThrow(/CHECK/);
  });

  it('a run with nothing behind it goes with its agenda item, and its checklist and counts with it', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration007]);
    run(database);
    insert(database, 'exercise_run_steps', { run_id: 'r1', phase: 'room', position: 0, text: 'Read the cards' });
    insert(database, 'exercise_run_counts', { run_id: 'r1', party_id: 'pb', took_part: 3, opted_out: 2 });
    database.prepare(`DELETE FROM agenda_items WHERE id = 'i1'`).run();
    for (const table of ['exercise_runs', 'exercise_run_steps', 'exercise_run_counts']) {
      expect(count(database, table), table).toBe(0);
    }
  });

  it('refuses to delete a session that holds trust readings or placements; a dialogue takes them with it', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration007]);
    insert(database, 'trust_readings', {
      dialogue_id: 'd1',
      session_id: 's1',
      party_a_id: 'pa',
      party_b_id: 'pb',
      rating: 1,
      first_names: 1,
      created_at: NOW,
      updated_at: NOW,
    });
    insert(database, 'topic_options', {
      id: 'o1',
      topic_id: 't1',
      title: 'A shared water board',
      title_key: 'a shared water board',
      created_at: NOW,
      updated_at: NOW,
    });
    insert(database, 'option_placements', {
      option_id: 'o1',
      session_id: 's1',
      dialogue_id: 'd1',
      party_id: 'pb',
      level: 'radical',
      updated_at: NOW,
    });
    expect(() => database.prepare(`DELETE FROM sessions WHERE id = 's1'`).run()).toThrow(/FOREIGN KEY/);
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    for (const table of ['trust_readings', 'topic_options', 'option_placements', 'sessions']) {
      expect(count(database, table), table).toBe(0);
    }
  });

  it('checks readings and placements: range, a pair of two different sides, Overton levels, one option title per topic', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration007]);
    const reading = (values: Record<string, unknown>) =>
      insert(database, 'trust_readings', {
        dialogue_id: 'd1',
        session_id: 's1',
        party_a_id: 'pa',
        party_b_id: 'pb',
        rating: 0,
        created_at: NOW,
        updated_at: NOW,
        ...values,
      });
    expect(() => reading({ rating: 3 })).toThrow(/CHECK/);
    expect(() => reading({ rating: -3 })).toThrow(/CHECK/);
    expect(() => reading({ party_b_id: 'pa' })).toThrow(/CHECK/);
    expect(() => reading({ humour: 2 })).toThrow(/CHECK/);
    expect(() => reading({ rationale: 'x'.repeat(2001) })).toThrow(/CHECK/);
    reading({ rating: -2 });
    expect(() => reading({ rating: 1 })).toThrow(/UNIQUE|PRIMARY/);
    const option = (id: string, title: string) =>
      insert(database, 'topic_options', {
        id,
        topic_id: 't1',
        title,
        title_key: title.toLowerCase(),
        created_at: NOW,
        updated_at: NOW,
      });
    option('o1', 'Shared board');
    expect(() => option('o2', 'SHARED BOARD')).toThrow(/UNIQUE/);
    expect(() =>
      insert(database, 'option_placements', {
        option_id: 'o1',
        session_id: 's1',
        dialogue_id: 'd1',
        party_id: 'pa',
        level: 'mainstream',
        updated_at: NOW,
      }),
    ).toThrow(/CHECK/);
  });

  it('checks check-ins: dates as dates, known channels; they go with their participant', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration007]);
    const checkIn = (values: Record<string, unknown>) =>
      insert(database, 'aftercare_checkins', {
        id: 'c1',
        dialogue_id: 'd1',
        participant_id: 'u1',
        session_id: 's1',
        due_on: '2026-06-01',
        created_at: NOW,
        updated_at: NOW,
        ...values,
      });
    expect(() => checkIn({ due_on: '1 June' })).toThrow(/CHECK/);
    expect(() => checkIn({ done_on: 'yesterday' })).toThrow(/CHECK/);
    expect(() => checkIn({ channel: 'carrier pigeon' })).toThrow(/CHECK/);
    checkIn({ channel: 'phone', concern: 'Pressure at work after the trip.' });
    database.prepare(`DELETE FROM sessions WHERE id = 's1'`).run();
    expect(database.prepare(`SELECT session_id FROM aftercare_checkins`).get()).toEqual({ session_id: null });
    database.prepare(`DELETE FROM participants WHERE id = 'u1'`).run();
    expect(count(database, 'aftercare_checkins')).toBe(0);
  });
});
