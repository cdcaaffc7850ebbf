import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEBOUNCE_MS } from '../../../main/services/notes/index-queue';
import type { NoteSearchResult, NoteView } from '../../../shared/contract';
import { PASSPHRASE } from '../../fixtures/workspace';
import { createNotesWorld, marked, UNKNOWN_ID, type NotesWorld } from './fixture';

let w: NotesWorld;
beforeEach(async () => {
  w = await createNotesWorld();
});
afterEach(async () => w.dispose());

const bodies = (result: NoteSearchResult) => result.hits.map((hit) => marked(result, result.hits.indexOf(hit)));

describe('finding words in any script', () => {
  let notes: Record<string, NoteView>;
  beforeEach(async () => {
    notes = {
      english: await w.save({ body: 'B2 said the water guarantees must come before any talk of borders.' }),
      arabic: await w.save({ body: 'قال أحدهم إنّ المِيَاهُ مشكلة كبيرة للجميع' }),
      arabicPlain: await w.save({ body: 'والمدرسة مغلقة منذ أسبوع' }),
      hebrew: await w.save({ body: 'היא אמרה: וְהַמַּיִם שייכים לכולם' }),
      russian: await w.save({ body: 'Вода и безопасность — главные темы' }),
      latin: await w.save({ body: 'Ḥaddād spoke about the WATER-sharing plan' }),
    };
  });

  it('finds an English word, case-insensitively, and highlights it in a snippet', async () => {
    const result = await w.search({ query: 'Guarantees' });
    expect(result.hits.map((hit) => hit.note.id)).toEqual([notes.english!.id]);
    expect(marked(result)).toBe('B2 said the water [guarantees] must come before any talk of borders.');
    expect(result.understood).toEqual(['guarantees']);
  });

  it('finds Arabic whatever the harakat, hamza and article, and highlights the word as typed', async () => {
    for (const query of ['المياه', 'مياه', 'المِيَاه', 'ميا*']) {
      const result = await w.search({ query });
      expect(
        result.hits.map((hit) => hit.note.id),
        query,
      ).toEqual([notes.arabic!.id]);
      expect(marked(result), query).toContain('[المِيَاهُ]');
    }
    expect((await w.search({ query: 'احدهم' })).hits.map((hit) => hit.note.id)).toEqual([notes.arabic!.id]);
    // Teh marbuta and heh, with "and the" attached.
    expect((await w.search({ query: 'مدرسه' })).hits.map((hit) => hit.note.id)).toEqual([notes.arabicPlain!.id]);
  });

  it('finds Hebrew without niqqud and without the attached "and the"', async () => {
    const result = await w.search({ query: 'מים' });
    expect(result.hits.map((hit) => hit.note.id)).toEqual([notes.hebrew!.id]);
    expect(marked(result)).toContain('[וְהַמַּיִם]');
  });

  it('finds Cyrillic words and prefixes', async () => {
    expect((await w.search({ query: 'ВОДА' })).hits.map((hit) => hit.note.id)).toEqual([notes.russian!.id]);
    const prefix = await w.search({ query: 'безопас*' });
    expect(prefix.hits.map((hit) => hit.note.id)).toEqual([notes.russian!.id]);
    expect(marked(prefix)).toContain('[безопасность]');
    expect(prefix.understood).toEqual(['безопас*']);
  });

  it('ignores Latin diacritics, and keeps hyphenated words and quoted words together as phrases', async () => {
    expect((await w.search({ query: 'haddad' })).hits.map((hit) => hit.note.id)).toEqual([notes.latin!.id]);
    const phrase = await w.search({ query: 'water-sharing' });
    expect(phrase.hits.map((hit) => hit.note.id)).toEqual([notes.latin!.id]);
    expect(marked(phrase)).toBe('Ḥaddād spoke about the [WATER]-[sharing] plan');
    expect((await w.search({ query: '"sharing water"' })).hits).toEqual([]);
  });

  it('requires every word, and ranks the note that says it more prominently first', async () => {
    const dense = await w.save({ body: 'Water, water, water: the water question again.' });
    const result = await w.search({ query: 'water' });
    expect(result.hits[0]!.note.id).toBe(dense.id);
    expect(result.total).toBe(3);
    const both = await w.search({ query: 'water borders' });
    expect(both.hits.map((hit) => hit.note.id)).toEqual([notes.english!.id]);
  });
});

describe('filters', () => {
  it('filters by session, speaker (id or code), tag, level, and keeps caucus notes to their caucus view', async () => {
    const plenary = await w.save({
      body: 'Water first, said B2.',
      speakerId: w.b2.id,
      agendaItemId: w.plenary,
      tags: [
        { kind: 'topic', id: w.waterTopic.id },
        { kind: 'free', label: 'Wells' },
      ],
    });
    const byA1 = await w.save({
      body: 'Water second, said A1.',
      speakerId: w.a1.id,
      level: 'sponsor',
      tags: [{ kind: 'root-cause', id: w.rootCause }],
    });
    const later = await w.save({ body: 'Water again in session two.', sessionId: w.session2.id });
    const caucusA = await w.save({ body: 'Water in the caucus with A.', agendaItemId: w.caucusA });
    const caucusB = await w.save({ body: 'Water in a caucus with B.', caucusPartyId: w.sideB });
    const ids = async (filters: Record<string, unknown>) =>
      (await w.search({ query: 'water', ...filters })).hits.map((hit) => hit.note.id).sort();
    const sorted = (...notes: NoteView[]) => notes.map((note) => note.id).sort();

    expect(await ids({})).toEqual(sorted(plenary, byA1, later));
    expect(await ids({ sessionId: w.session1.id })).toEqual(sorted(plenary, byA1));
    expect(await ids({ speakerId: w.b2.id })).toEqual(sorted(plenary));
    expect(await ids({ speakerCode: 'a1' })).toEqual(sorted(byA1));
    expect(await ids({ speakerCode: 'Z9' })).toEqual([]);
    expect(await ids({ tag: { kind: 'topic', id: w.waterTopic.id } })).toEqual(sorted(plenary));
    expect(await ids({ tag: { kind: 'root-cause', id: w.rootCause } })).toEqual(sorted(byA1));
    expect(await ids({ tag: { kind: 'free', label: 'WELLS' } })).toEqual(sorted(plenary));
    expect(await ids({ levels: ['sponsor'] })).toEqual(sorted(byA1, later));
    expect(await ids({ levels: ['participants', 'facilitator'] })).toEqual(sorted(plenary));
    expect(await ids({ caucusPartyId: w.sideA })).toEqual(sorted(caucusA));
    expect(await ids({ caucusPartyId: w.sideB })).toEqual(sorted(caucusB));
    expect(await ids({ caucusPartyId: w.sideA, sessionId: w.session2.id })).toEqual([]);
  });

  it('finds notes by the names of their tags too: topics, root causes and free tags', async () => {
    const topic = await w.save({ body: 'B2 spoke first.', tags: [{ kind: 'topic', id: w.waterTopic.id }] });
    const cause = await w.save({ body: 'A long silence.', tags: [{ kind: 'root-cause', id: w.rootCause }] });
    const free = await w.save({ body: 'Tea was served.', tags: [{ kind: 'free', label: 'Wells of Ḥaddād' }] });
    const both = await w.save({ body: 'Scarcity, said A1.', tags: [{ kind: 'topic', id: w.waterTopic.id }] });
    const none = await w.save({ body: 'Nothing about it.' });
    const ids = async (query: string) => (await w.search({ query })).hits.map((hit) => hit.note.id).sort();
    const sorted = (...notes: NoteView[]) => notes.map((note) => note.id).sort();

    expect(await ids('water')).toEqual(sorted(topic, cause, both));
    expect(await ids('scarcity')).toEqual(sorted(cause, both));
    // Every word must be found, in the text or in a tag: "water" by tag, "scarcity" in the text.
    expect(await ids('water scarcity')).toEqual(sorted(cause, both));
    expect(await ids('"water scarcity"')).toEqual(sorted(cause));
    expect(await ids('haddad')).toEqual(sorted(free));
    expect(await ids('wel*')).toEqual(sorted(free));
    expect(await ids('nothing')).toEqual(sorted(none));
    // A tag's name only counts as a whole word: "wat" is no word of "Water".
    expect(await ids('wat')).toEqual([]);
  });

  it('lists the filtered notes newest first for an empty query', async () => {
    const first = await w.save({ body: 'One', speakerId: w.b2.id });
    await w.save({ body: 'Two', speakerId: w.a1.id });
    const third = await w.save({ body: 'Three', speakerId: w.b2.id });
    const result = await w.search({ query: '', speakerCode: 'B2' });
    expect(result.hits.map((hit) => hit.note.id)).toEqual([third.id, first.id]);
    expect(result.hits[0]!.snippet.segments).toEqual([{ text: 'Three', match: false }]);
    expect(result.understood).toEqual([]);
  });

  it('pages through results', async () => {
    for (let i = 0; i < 7; i++) await w.save({ body: `Water note number ${i}` });
    const first = await w.search({ query: 'water', limit: 3 });
    const second = await w.search({ query: 'water', limit: 3, offset: 3 });
    const third = await w.search({ query: 'water', limit: 3, offset: 6 });
    const beyond = await w.search({ query: 'water', limit: 3, offset: 9 });
    const seen = [...first.hits, ...second.hits, ...third.hits].map((hit) => hit.note.id);
    expect(new Set(seen).size).toBe(7);
    expect([first.total, second.total, third.total, beyond.total]).toEqual([7, 7, 7, 7]);
    expect(beyond.hits).toEqual([]);
    expect(first.rankedWindow).toBe(false);
  });

  it('answers DIALOGUE_NOT_FOUND and SESSION_NOT_FOUND for unknown filters', async () => {
    expect(await w.h.call('note.search', { dialogueId: UNKNOWN_ID, query: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_NOT_FOUND' },
    });
    expect(await w.search({ query: 'x', sessionId: UNKNOWN_ID }).catch((e: Error) => e.message)).toContain(
      'SESSION_NOT_FOUND',
    );
  });
});

describe('the query language cannot be subverted', () => {
  it('treats FTS5 syntax, SQL and filter-token words as plain words, never as syntax', async () => {
    const joint = await w.save({ body: 'A joint statement on water.' });
    const other = await w.save({ body: 'Nothing relevant here.' });
    const caucus = await w.save({ body: 'Caucus secret about wells.', agendaItemId: w.caucusA });
    const attempts = [
      'water OR nothing',
      'NEAR(water statement)',
      '"unbalanced quote',
      'text:water',
      'meta : joint',
      '{text extra meta} : joint',
      '^water',
      '(water',
      'water)',
      '*',
      'AND',
      '-water',
      "'); DROP TABLE notes; --",
      'water" OR "nothing',
      'wat*er',
      '\\" *',
    ];
    for (const query of attempts) {
      const result = await w.h.call<NoteSearchResult>('note.search', { dialogueId: w.dialogue.id, query });
      expect(result.ok, query).toBe(true);
      if (!result.ok) continue;
      // Never the caucus note. With words, only the note holding them; with none (`*`), the
      // query is empty and lists the joint notes, as an empty search box does.
      const found = result.value.hits.map((hit) => hit.note.id);
      expect(found, query).not.toContain(caucus.id);
      if (result.value.understood.length > 0) for (const id of found) expect(id, query).toBe(joint.id);
      else expect(found.sort(), query).toEqual([joint.id, other.id].sort());
    }
    expect((await w.search({ query: 'caucus' })).hits).toEqual([]);
    expect((await w.search({ query: 'water OR nothing' })).hits).toEqual([]);
    expect((await w.search({ query: 'joint' })).hits.map((hit) => hit.note.id)).toEqual([joint.id]);
    expect(await w.ok('note.list', { sessionId: w.session1.id })).toHaveLength(2);
  });

  it('refuses a query over 300 characters and broken characters with INVALID_INPUT', async () => {
    for (const query of ['w'.repeat(301), 'water \uD800']) {
      expect(await w.h.call('note.search', { query })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('returns HTML in a note as text inside snippet data, never as markup', async () => {
    await w.save({ body: '<script>alert("x")</script> <img src=x onerror=alert(1)> water' });
    const result = await w.search({ query: 'water' });
    expect(bodies(result)).toEqual(['<script>alert("x")</script> <img src=x onerror=alert(1)> [water]']);
    for (const segment of result.hits[0]!.snippet.segments)
      expect(Object.keys(segment).sort()).toEqual(['match', 'text']);
  });
});

describe('tag options', () => {
  it('offers the dialogue’s topics, root causes and free tags in use, most used first', async () => {
    await w.save({ body: 'a', tags: [{ kind: 'free', label: 'Wells' }] });
    await w.save({
      body: 'b',
      tags: [
        { kind: 'free', label: 'wells' },
        { kind: 'free', label: 'Borders' },
      ],
    });
    const options = await w.ok('note.tagOptions', { dialogueId: w.dialogue.id });
    expect(options).toEqual({
      topics: [{ id: w.waterTopic.id, label: 'Water' }],
      rootCauses: [{ id: w.rootCause, label: 'Water scarcity' }],
      free: ['Wells', 'Borders'],
    });
  });
});

describe('the search index keeps up with saves', () => {
  const db = () => w.h.services.workspace.current().db;
  const pending = async () => (await db().selectFrom('notes_fts_pending').select('seq').execute()).length;
  const indexed = async (word: string) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM notes_fts WHERE notes_fts MATCH ${`{text extra} : "${word}"`}`.execute(db());
    return rows[0]!.n;
  };

  it('marks a saved note for the index, and a search brings the index up to date first', async () => {
    const note = await w.save({ body: 'Freshly typed pomegranate' });
    expect(await pending()).toBe(1);
    expect(await indexed('pomegranate')).toBe(0);
    expect((await w.search({ query: 'pomegranate' })).hits.map((hit) => hit.note.id)).toEqual([note.id]);
    expect(await pending()).toBe(0);
  });

  it('catches up on its own after a pause in saving', async () => {
    await w.save({ body: 'Quietly indexed quince' });
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 400));
    expect(await pending()).toBe(0);
    expect(await indexed('quince')).toBe(1);
  });

  it('finishes before the workspace locks', async () => {
    await w.save({ body: 'Locked away lychee' });
    await w.h.services.workspace.lock();
    await w.h.services.workspace.unlock({ name: 'cedar', passphrase: PASSPHRASE });
    expect(await pending()).toBe(0);
    expect(await indexed('lychee')).toBe(1);
  });

  it('forgets a word edited out of a note, from the index itself', async () => {
    const note = await w.save({ body: 'The zanzibarword must go' });
    await w.search({ query: 'zanzibarword' });
    await w.ok('note.save', { id: note.id, sessionId: w.session1.id, body: 'It went' });
    expect((await w.search({ query: 'zanzibarword' })).hits).toEqual([]);
    const { rows } = await sql<{ block: Uint8Array }>`SELECT block FROM notes_fts_data`.execute(db());
    expect(rows.some((row) => Buffer.from(row.block).includes(Buffer.from('zanzibarword')))).toBe(false);
  });
});
