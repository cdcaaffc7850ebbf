import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteVersionView, NoteView } from '../../../shared/contract';
import { NOTE_BODY_MAX_BYTES } from '../../../shared/domain/note';
import { createNotesWorld, UNKNOWN_ID, type NotesWorld } from './fixture';

let w: NotesWorld;
beforeEach(async () => {
  w = await createNotesWorld();
});
afterEach(async () => w.dispose());

const count = async (table: string) => {
  const row = await w.h.services.workspace
    .current()
    .db.selectFrom(table as 'notes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
};

describe('bad input is refused clearly and loses nothing', () => {
  it('refuses an empty new note, and takes whitespace-only text on an existing one', async () => {
    const empty = await w.h.call('note.save', { id: randomUUID(), sessionId: w.session1.id, body: '  \n ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'NOTE_EMPTY' } });
    const note = await w.save({ body: 'First words' });
    const cleared = await w.h.call<NoteView>('note.save', { id: note.id, sessionId: w.session1.id, body: '' });
    expect(cleared).toMatchObject({ ok: true, value: { body: '' } });
  });

  it('answers a 1 MB note with NOTE_TOO_LARGE and its size, and stores nothing', async () => {
    const result = await w.h.call('note.save', {
      id: randomUUID(),
      sessionId: w.session1.id,
      body: 'x'.repeat(1024 * 1024),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOTE_TOO_LARGE' } });
    if (!result.ok) {
      expect(result.error.message).toContain('1.0 MB');
      expect(result.error.message).toContain('256 KB');
      expect(result.error.message).not.toContain('xxxx');
    }
    expect(await count('notes')).toBe(0);
  });

  it('takes a note of exactly 256 KiB of UTF-8 and refuses one byte more (Arabic counts two bytes a letter)', async () => {
    const atLimit = await w.h.call('note.save', {
      id: randomUUID(),
      sessionId: w.session1.id,
      body: 'م'.repeat(NOTE_BODY_MAX_BYTES / 2),
    });
    expect(atLimit.ok).toBe(true);
    const over = await w.h.call('note.save', {
      id: randomUUID(),
      sessionId: w.session1.id,
      body: `${'م'.repeat(NOTE_BODY_MAX_BYTES / 2)}x`,
    });
    expect(over).toMatchObject({ ok: false, error: { code: 'NOTE_TOO_LARGE' } });
  });

  it('takes a 10,000-character note, emoji, right-to-left and mixed-direction text intact (stored NFC)', async () => {
    const bodies = [
      'word '.repeat(2_000),
      'Agreement 🤝 reached on the 🌊 question 👍🏽',
      'قال أحدهم: «الماء حقٌّ للجميع»',
      'B2 אמר: "המים שייכים לכולם" — then switched to English',
      'Cafe\u0301 au lait',
    ];
    for (const body of bodies) {
      const saved = await w.save({ body });
      expect(saved.body).toBe(body.normalize('NFC'));
      expect((await w.ok<NoteView>('note.get', { id: saved.id })).body).toBe(body.normalize('NFC'));
    }
  });

  it('refuses unpaired surrogates and control characters with INVALID_INPUT', async () => {
    for (const body of ['broken \uD83D here', 'lone \uDC00 low', 'bell \u0007']) {
      const result = await w.h.call('note.save', { id: randomUUID(), sessionId: w.session1.id, body });
      expect(result, JSON.stringify(body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await count('notes')).toBe(0);
  });

  it('answers SESSION_NOT_FOUND for a note in a missing session', async () => {
    const result = await w.h.call('note.save', { id: randomUUID(), sessionId: UNKNOWN_ID, body: 'Lost?' });
    expect(result).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
  });

  it('refuses an agenda item of another session, an unknown speaker, party or tag, saving nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ sessionId: w.session2.id, agendaItemId: w.plenary }, 'AGENDA_ITEM_NOT_FOUND'],
      [{ agendaItemId: UNKNOWN_ID }, 'AGENDA_ITEM_NOT_FOUND'],
      [{ speakerId: UNKNOWN_ID }, 'PARTICIPANT_NOT_FOUND'],
      [{ caucusPartyId: UNKNOWN_ID }, 'PARTY_NOT_FOUND'],
      [{ tags: [{ kind: 'topic', id: UNKNOWN_ID }] }, 'TAG_NOT_FOUND'],
      [{ tags: [{ kind: 'root-cause', id: UNKNOWN_ID }] }, 'TAG_NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const result = await w.h.call('note.save', { id: randomUUID(), sessionId: w.session1.id, body: 'x', ...input });
      expect(result, code).toMatchObject({ ok: false, error: { code } });
    }
    expect(await count('notes')).toBe(0);
  });

  it('refuses unknown fields, a bad id, a bad level and too many tags', async () => {
    const base = { id: randomUUID(), sessionId: w.session1.id, body: 'x' };
    for (const input of [
      { ...base, speaker: 'B2' },
      { ...base, id: 'not-a-uuid' },
      { ...base, level: 'public' },
      { ...base, tags: Array.from({ length: 31 }, (_, i) => ({ kind: 'free', label: `t${i}` })) },
      { ...base, tags: [{ kind: 'free', label: '' }] },
    ]) {
      expect(await w.h.call('note.save', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('answers NOTE_NOT_FOUND for unknown ids', async () => {
    for (const channel of ['note.get', 'note.history', 'note.delete']) {
      expect(await w.h.call(channel, { id: UNKNOWN_ID }), channel).toMatchObject({
        ok: false,
        error: { code: 'NOTE_NOT_FOUND' },
      });
    }
    expect(await w.h.call('note.list', { sessionId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_FOUND' },
    });
  });
});

describe('saving', () => {
  it('creates a note with its attribution, item, tags and times, shown by code', async () => {
    const note = await w.save({
      agendaItemId: w.plenary,
      speakerId: w.b2.id,
      body: 'B2 said **water** guarantees come first.',
      tags: [
        { kind: 'topic', id: w.waterTopic.id },
        { kind: 'root-cause', id: w.rootCause },
        { kind: 'free', label: 'Wells' },
      ],
    });
    expect(note).toMatchObject({
      dialogueId: w.dialogue.id,
      sessionId: w.session1.id,
      sessionNumber: 1,
      agendaItemId: w.plenary,
      agendaItemTitle: 'Needs and fears',
      speaker: { participantId: w.b2.id, code: 'B2' },
      speakerWithdrawn: false,
      level: 'participants',
      kind: 'note',
      caucusPartyId: null,
      earlierVersions: 0,
      tags: [
        { kind: 'topic', id: w.waterTopic.id, label: 'Water' },
        { kind: 'root-cause', id: w.rootCause, label: 'Water scarcity' },
        { kind: 'free', id: null, label: 'Wells' },
      ],
    });
    expect(note.createdAt).toBe(note.updatedAt);
    expect(JSON.stringify(note)).not.toContain('Noa');
  });

  it('is idempotent by id: a retried autosave neither duplicates nor adds a version', async () => {
    const id = randomUUID();
    const input = { id, sessionId: w.session1.id, body: 'Retried' };
    const first = await w.ok<NoteView>('note.save', input);
    const again = await w.ok<NoteView>('note.save', input);
    expect(again).toEqual(first);
    expect(await count('notes')).toBe(1);
    expect(await count('note_versions')).toBe(0);
  });

  it('defaults the level from the agenda item regime, else the session, and caucus notes to facilitator only', async () => {
    expect((await w.save({ body: 'Session rule' })).level).toBe('participants');
    expect((await w.save({ body: 'Plenary', agendaItemId: w.plenary })).level).toBe('participants');
    expect((await w.save({ body: 'Dinner', agendaItemId: w.offRecord })).level).toBe('facilitator');
    expect((await w.save({ body: 'On the record', sessionId: w.session2.id })).level).toBe('sponsor');
    const caucus = await w.save({ body: 'Caucus', agendaItemId: w.caucusA });
    expect(caucus).toMatchObject({ level: 'facilitator', caucusPartyId: w.sideA });
    const chosen = await w.save({ body: 'Chosen', agendaItemId: w.offRecord, level: 'sponsor' });
    expect(chosen.level).toBe('sponsor');
  });

  it('keeps stored fields an update leaves out, and clears them with null', async () => {
    const note = await w.save({ body: 'One', speakerId: w.a1.id, agendaItemId: w.plenary, level: 'sponsor' });
    const kept = await w.ok<NoteView>('note.save', { id: note.id, sessionId: w.session1.id, body: 'Two' });
    expect(kept).toMatchObject({ speaker: { code: 'A1' }, agendaItemId: w.plenary, level: 'sponsor', body: 'Two' });
    const cleared = await w.ok<NoteView>('note.save', {
      id: note.id,
      sessionId: w.session1.id,
      body: 'Two',
      speakerId: null,
      agendaItemId: null,
    });
    expect(cleared).toMatchObject({ speaker: null, agendaItemId: null, level: 'sponsor' });
  });

  it('moves a note to another session of the dialogue, dropping its agenda item', async () => {
    const note = await w.save({ body: 'Filed wrong', agendaItemId: w.plenary });
    const moved = await w.ok<NoteView>('note.save', { id: note.id, sessionId: w.session2.id, body: 'Filed wrong' });
    expect(moved).toMatchObject({ sessionId: w.session2.id, sessionNumber: 2, agendaItemId: null });
  });

  it('dedupes tags typed twice (case and accents ignored) and keeps their order', async () => {
    const note = await w.save({
      body: 'Tagged',
      tags: [
        { kind: 'free', label: 'Wells' },
        { kind: 'topic', id: w.waterTopic.id },
        { kind: 'free', label: 'WELLS' },
        { kind: 'topic', id: w.waterTopic.id },
        { kind: 'free', label: 'Réfugiés' },
        { kind: 'free', label: 'refugies' },
      ],
    });
    expect(note.tags.map((tag) => tag.label)).toEqual(['Wells', 'Water', 'Réfugiés']);
  });
});

describe('history', () => {
  let now = Date.parse('2026-05-14T09:00:00.000Z');
  const at = (seconds: number) => {
    now = Date.parse('2026-05-14T09:00:00.000Z') + seconds * 1000;
  };
  beforeEach(async () => {
    await w.dispose();
    w = await createNotesWorld({ now: () => new Date(now) });
  });

  const history = async (id: string) =>
    (await w.ok<NoteVersionView[]>('note.history', { id })).map((v) => [v.version, v.current, v.body, v.savedAt]);
  const time = (seconds: number) => new Date(Date.parse('2026-05-14T09:00:00.000Z') + seconds * 1000).toISOString();

  it('keeps the state before each later edit, but only one version a minute while typing', async () => {
    const id = randomUUID();
    const save = (body: string, seconds: number) => {
      at(seconds);
      return w.ok<NoteView>('note.save', { id, sessionId: w.session1.id, body });
    };
    await save('Wat', 0);
    await save('Water', 2); // keeps "Wat"
    await save('Water is', 4); // within the minute: "Water" is not kept
    await save('Water is scarce', 30);
    await save('Water is scarce.', 70); // a minute after the last kept version: keeps "Water is scarce"
    expect(await history(id)).toEqual([
      [3, true, 'Water is scarce.', time(70)],
      [2, false, 'Water is scarce', time(30)],
      [1, false, 'Wat', time(0)],
    ]);
    const note = await w.ok<NoteView>('note.get', { id });
    expect(note).toMatchObject({ earlierVersions: 2, createdAt: time(0), updatedAt: time(70) });
  });

  it('keeps attribution and level changes as versions too', async () => {
    const id = randomUUID();
    at(0);
    await w.ok('note.save', { id, sessionId: w.session1.id, body: 'Said', speakerId: w.a1.id });
    at(600);
    await w.ok('note.save', { id, sessionId: w.session1.id, body: 'Said', speakerId: w.b2.id, level: 'facilitator' });
    const versions = await w.ok<NoteVersionView[]>('note.history', { id });
    expect(versions.map((v) => [v.speakerCode, v.level, v.current])).toEqual([
      ['B2', 'facilitator', true],
      ['A1', 'participants', false],
    ]);
  });
});

describe('listing', () => {
  it('lists a session’s joint notes oldest first, by item, and caucus notes only in their caucus view', async () => {
    const a = await w.save({ body: 'First', agendaItemId: w.plenary });
    const b = await w.save({ body: 'Second' });
    const caucus = await w.save({ body: 'Side A caucus', agendaItemId: w.caucusA });
    const other = await w.save({ body: 'Side B caucus', caucusPartyId: w.sideB });
    const ids = (notes: NoteView[]) => notes.map((note) => note.id);

    expect(ids(await w.ok('note.list', { sessionId: w.session1.id }))).toEqual([a.id, b.id]);
    expect(ids(await w.ok('note.list', { sessionId: w.session1.id, agendaItemId: w.plenary }))).toEqual([a.id]);
    expect(ids(await w.ok('note.list', { sessionId: w.session1.id, agendaItemId: null }))).toEqual([b.id]);
    expect(ids(await w.ok('note.list', { sessionId: w.session1.id, caucusPartyId: w.sideA }))).toEqual([caucus.id]);
    expect(ids(await w.ok('note.list', { sessionId: w.session1.id, caucusPartyId: w.sideB }))).toEqual([other.id]);
    expect(ids(await w.ok('note.list', { sessionId: w.session2.id }))).toEqual([]);
  });
});

describe('deleting', () => {
  it('removes the note, its versions, its tags and its index entry', async () => {
    const note = await w.save({ body: 'Temporary zebraword', tags: [{ kind: 'free', label: 'Wells' }] });
    await w.ok('note.save', { id: note.id, sessionId: w.session1.id, body: 'Temporary zebraword, edited' });
    expect(await count('note_versions')).toBe(1);
    expect((await w.search({ query: 'zebraword' })).total).toBe(1);
    expect(await w.ok('note.delete', { id: note.id })).toEqual({ deleted: true });
    for (const table of ['notes', 'note_versions', 'note_tags']) expect(await count(table), table).toBe(0);
    expect((await w.search({ query: 'zebraword' })).total).toBe(0);
    expect(await w.h.call('note.get', { id: note.id })).toMatchObject({ ok: false, error: { code: 'NOTE_NOT_FOUND' } });
  });

  it('keeps a session with notes from being deleted (SESSION_HAS_NOTES)', async () => {
    await w.save({ body: 'Keep me' });
    expect(await w.h.call('session.delete', { id: w.session1.id })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_HAS_NOTES' },
    });
  });
});
