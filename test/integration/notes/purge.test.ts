import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteVersionView, NoteView } from '../../../shared/contract';
import { notesPurgeStep } from '../../../main/services/notes/purge-step';
import { WITHDRAWN_MARK } from '../../../main/services/notes/redact';
import { createNotesWorld, type NotesWorld } from './fixture';

let w: NotesWorld;
let now = Date.parse('2026-05-14T09:00:00.000Z');
beforeEach(async () => {
  now = Date.parse('2026-05-14T09:00:00.000Z');
  w = await createNotesWorld({ now: () => new Date(now) });
});
afterEach(async () => w.dispose());

/** Saves, then edits ten minutes later, so the first state is kept as a version. */
async function withHistory(first: Record<string, unknown>, second: Record<string, unknown>): Promise<NoteView> {
  const id = randomUUID();
  await w.ok('note.save', { id, sessionId: w.session1.id, ...first });
  now += 10 * 60_000;
  return w.ok<NoteView>('note.save', { id, sessionId: w.session1.id, ...second });
}

const db = () => w.h.services.workspace.current().db;
const versionsOf = async (id: string) => (await w.ok<NoteVersionView[]>('note.history', { id })).length - 1;
const indexHolds = async (word: string) => {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH ${`"${word}"`}`.execute(db());
  return rows[0]!.n;
};

describe('purging a participant from the notes', () => {
  it('keeps their notes as "withdrawn participant", deletes their quotes and every version that knew them', async () => {
    const said = await withHistory(
      { body: 'Water before borders.', speakerId: w.b2.id },
      { body: 'Water before borders, she insisted.', speakerId: w.b2.id },
    );
    const quote = await w.save({ body: 'Zebraquote: “we will never sign”', speakerId: w.b2.id, kind: 'quote' });
    const reassigned = await withHistory(
      { body: 'Who said it?', speakerId: w.b2.id },
      { body: 'Who said it? Corrected.', speakerId: w.a1.id },
    );
    const untouched = await withHistory({ body: 'A1 alone', speakerId: w.a1.id }, { body: 'A1 alone, edited' });

    const purged = await w.h.call('participant.purge', { id: w.b2.id, confirmSpeakerCode: 'B2' });
    expect(purged.ok).toBe(true);

    const kept = await w.ok<NoteView>('note.get', { id: said.id });
    expect(kept).toMatchObject({ body: said.body, speaker: null, speakerWithdrawn: true, earlierVersions: 0 });
    expect(await w.h.call('note.get', { id: quote.id })).toMatchObject({
      ok: false,
      error: { code: 'NOTE_NOT_FOUND' },
    });
    expect(await versionsOf(reassigned.id)).toBe(0);
    expect((await w.ok<NoteView>('note.get', { id: reassigned.id })).speaker).toMatchObject({ code: 'A1' });
    // Notes that never involved them keep their history.
    expect(await versionsOf(untouched.id)).toBe(1);

    // The index forgot the quote and their speaker token; the kept note is still found by its words.
    expect(await indexHolds('zebraquote')).toBe(0);
    expect((await w.search({ query: 'zebraquote' })).hits).toEqual([]);
    expect((await w.search({ query: '', speakerId: w.b2.id })).hits).toEqual([]);
    expect((await w.search({ query: 'borders' })).hits.map((hit) => hit.note.id)).toEqual([said.id]);
    const versionRows = await db().selectFrom('note_versions').select('speaker_id').execute();
    expect(versionRows.map((row) => row.speaker_id)).not.toContain(w.b2.id);
    expect(await db().selectFrom('notes').select('id').where('speaker_id', '=', w.b2.id).execute()).toEqual([]);
  });

  it('a later edit of a withdrawn note keeps it withdrawn unless someone else is named', async () => {
    const said = await w.save({ body: 'Her words', speakerId: w.b2.id });
    await w.ok('participant.purge', { id: w.b2.id, confirmSpeakerCode: 'B2' });
    const edited = await w.ok<NoteView>('note.save', {
      id: said.id,
      sessionId: w.session1.id,
      body: 'Her words, tidied',
      speakerId: null,
    });
    expect(edited).toMatchObject({ speaker: null, speakerWithdrawn: true });
    const renamed = await w.ok<NoteView>('note.save', {
      id: said.id,
      sessionId: w.session1.id,
      body: 'Her words, tidied',
      speakerId: w.a1.id,
    });
    expect(renamed).toMatchObject({ speaker: { code: 'A1' }, speakerWithdrawn: false });
    // The purged participant can no longer be named as a speaker.
    expect(
      await w.h.call('note.save', { id: randomUUID(), sessionId: w.session1.id, body: 'x', speakerId: w.b2.id }),
    ).toMatchObject({ ok: false, error: { code: 'PARTICIPANT_NOT_FOUND' } });
  });

  it('redacts their code, name and aliases in the text of notes when run while the roster still holds them', async () => {
    const mention = await withHistory(
      { body: 'Draft: Ḥaddād (A1) agreed.' },
      { body: 'A1 — Salim HADDAD, known as Abu Karim — agreed; A12 did not. B2 nodded.' },
    );
    const unrelated = await w.save({ body: 'Nobody named here.' });
    await db()
      .transaction()
      .execute((trx) => notesPurgeStep(trx, w.a1.id));
    const note = await w.ok<NoteView>('note.get', { id: mention.id });
    expect(note.body).toBe(
      `${WITHDRAWN_MARK} — ${WITHDRAWN_MARK}, known as ${WITHDRAWN_MARK} — agreed; A12 did not. B2 nodded.`,
    );
    expect(await versionsOf(mention.id)).toBe(0);
    expect((await w.ok<NoteView>('note.get', { id: unrelated.id })).body).toBe('Nobody named here.');
    for (const word of ['haddad', 'salim', 'karim']) {
      expect((await w.search({ query: word })).hits, word).toEqual([]);
      expect(await indexHolds(word), word).toBe(0);
    }
    expect((await w.search({ query: 'withdrawn participant' })).hits.map((hit) => hit.note.id)).toEqual([mention.id]);
  });

  it('leaves nothing of a purge half-done: a failing step rolls the whole purge back', async () => {
    const said = await w.save({ body: 'Kept whole', speakerId: w.b2.id });
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await notesPurgeStep(trx, w.b2.id);
          throw new Error('a later step failed');
        }),
    ).rejects.toThrow('a later step failed');
    expect(await w.ok<NoteView>('note.get', { id: said.id })).toMatchObject({
      speaker: { code: 'B2' },
      speakerWithdrawn: false,
    });
  });
});
