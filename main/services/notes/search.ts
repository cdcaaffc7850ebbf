import { sql } from 'kysely';
import type { Contract, ParsedInputOf } from '../../../shared/contract';
import type { NoteSearchResult } from '../../../shared/contract/note';
import { NOTE_LIMITS } from '../../../shared/domain/note';
import { ParleyFault } from '../../errors';
import { headerQuery, headers } from './note-read';
import { freeTagKey } from './note-write';
import { anyOf, metaFilter, metaToken, type Db } from './search-index';
import { searchWords } from '../../../shared/text/search-fold';
import { parseSearchQuery, textExpression, type QueryTerm } from './search-query';
import { snippetMaker } from './snippet';
import { assertDialogue } from '../dialogue-scope';

type SearchInput = ParsedInputOf<Contract['note.search']>;

/**
 * Full-text search over notes_fts. The FTS5 expression is built only from folded words and filter
 * tokens (never from user syntax); ranking is BM25 over the words (filter tokens weigh nothing),
 * over the most recent NOTE_LIMITS.rankingWindow matches. Snippets are made from the bodies of
 * the page's notes only.
 */
export async function searchNotes(db: Db, input: SearchInput): Promise<NoteSearchResult> {
  const terms = parseSearchQuery(input.query);
  const understood = terms.map(describe);
  const filters = await filterExpressions(db, input);
  if (filters === null) return { hits: [], total: 0, rankedWindow: false, understood };

  const text = await textOrTagExpression(db, input.dialogueId, terms);
  // The joint view excludes caucus notes with NOT rather than requiring a "joint" token: BM25 counts
  // the notes holding every token of the query once per search, and caucus notes are the few.
  const positive = [...(text ? [text] : []), ...filters];
  const base = positive.length > 0 ? positive.join(' AND ') : metaFilter(metaToken.every());
  const expression = input.caucusPartyId === undefined ? `(${base}) NOT ${metaFilter(metaToken.anyCaucus())}` : base;
  const window = NOTE_LIMITS.rankingWindow;
  const { rows } = await sql<{ rowid: number; total: number }>`
    SELECT rowid, count(*) OVER () AS total
    FROM (
      SELECT rowid, bm25(notes_fts, 1.0, 0.5, 0.0) AS score
      FROM notes_fts WHERE notes_fts MATCH ${expression}
      ORDER BY rowid DESC LIMIT ${window + 1}
    )
    ORDER BY score, rowid DESC
    LIMIT ${input.limit} OFFSET ${input.offset}`.execute(db);

  // One past the window tells "more than the window matched" without counting them all.
  const matched = rows[0]?.total ?? (input.offset > 0 ? await countMatches(db, expression, window + 1) : 0);
  const total = Math.min(matched, window);
  const rankedWindow = matched > window;
  if (rows.length === 0) return { hits: [], total, rankedWindow, understood };

  const order = new Map(rows.map((row, index) => [row.rowid, index]));
  const found = (
    await headerQuery(db)
      .select('n.body')
      .where(
        'n.seq',
        'in',
        rows.map((row) => row.rowid),
      )
      .execute()
  )
    // The index already applied these; checked again on the rows themselves because a caucus note
    // in a joint list is the one mistake this search must never make. (In JS, not SQL: a condition
    // on dialogue_id would tempt the planner into scanning the dialogue's notes by index.)
    .filter(
      (row) =>
        row.caucus_party_id === (input.caucusPartyId ?? null) &&
        (input.dialogueId === undefined || row.dialogue_id === input.dialogueId),
    )
    .sort((a, b) => order.get(a.seq)! - order.get(b.seq)!);
  const list = await headers(db, found);
  const snippet = snippetMaker(terms);
  return {
    hits: list.map((note, index) => ({ note, snippet: snippet(found[index]!.body) })),
    total,
    rankedWindow,
    understood,
  };
}

/**
 * The user's words, each found in a note's text or in the name of one of its tags (a topic, a root
 * cause, a free tag): "water" finds the notes tagged "Water sharing" as well as those that say
 * water. Tags are matched by name here, at search time, so a renamed topic is found by its new name
 * without re-indexing its notes; the notes are then found by their tag tokens.
 */
async function textOrTagExpression(
  db: Db,
  dialogueId: string | undefined,
  terms: readonly QueryTerm[],
): Promise<string | null> {
  if (terms.length === 0) return null;
  const tags = await tagNames(db, dialogueId);
  const parts = terms.map((term) => {
    const text = textExpression([term])!;
    const tokens = tags.filter((tag) => nameMatches(tag.words, term)).map((tag) => tag.token);
    return tokens.length === 0 ? text : `(${text} OR ${anyOf(tokens)})`;
  });
  return parts.join(' AND ');
}

interface TagName {
  readonly token: string;
  readonly words: readonly string[];
}

async function tagNames(db: Db, dialogueId: string | undefined): Promise<TagName[]> {
  const topics = await db
    .selectFrom('topics')
    .select(['id', 'title'])
    .$if(dialogueId !== undefined, (q) => q.where('dialogue_id', '=', dialogueId!))
    .execute();
  const causes = await db
    .selectFrom('root_causes')
    .select(['id', 'title'])
    .$if(dialogueId !== undefined, (q) => q.where('dialogue_id', '=', dialogueId!))
    .execute();
  const free = await db
    .selectFrom('note_tags')
    .innerJoin('notes', 'notes.id', 'note_tags.note_id')
    .select('note_tags.label_key')
    .distinct()
    .where('note_tags.kind', '=', 'free')
    .$if(dialogueId !== undefined, (q) => q.where('notes.dialogue_id', '=', dialogueId!))
    .execute();
  return [
    ...topics.map((t) => ({ token: metaToken.tag({ kind: 'topic', topicId: t.id }), words: searchWords(t.title) })),
    ...causes.map((c) => ({
      token: metaToken.tag({ kind: 'root-cause', rootCauseId: c.id }),
      words: searchWords(c.title),
    })),
    ...free.flatMap((f) =>
      f.label_key
        ? [{ token: metaToken.tag({ kind: 'free', labelKey: f.label_key }), words: f.label_key.split(' ') }]
        : [],
    ),
  ];
}

/** A term matches a tag's name as it matches text: whole words in order, the last one as a prefix if asked. */
function nameMatches(words: readonly string[], term: QueryTerm): boolean {
  const wanted = term.words;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const fits = wanted.every((word, i) => {
      const last = i === wanted.length - 1;
      const prefix = last && (term.kind === 'prefix' || term.prefixLast === true);
      return prefix ? words[start + i]!.startsWith(word) : words[start + i] === word;
    });
    if (fits) return true;
  }
  return false;
}

async function countMatches(db: Db, expression: string, atMost: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (
      SELECT rowid FROM notes_fts WHERE notes_fts MATCH ${expression} LIMIT ${atMost}
    )`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * The filters as FTS5 expressions on filter tokens. Null when a filter cannot match anything (an
 * unknown speaker code), so the search is answered without running.
 */
async function filterExpressions(db: Db, input: SearchInput): Promise<string[] | null> {
  const filters: string[] = [];
  if (input.dialogueId !== undefined) {
    await assertDialogue(db, input.dialogueId);
    filters.push(metaFilter(metaToken.dialogue(input.dialogueId)));
  }
  if (input.sessionId !== undefined) {
    const session = await db.selectFrom('sessions').select('id').where('id', '=', input.sessionId).executeTakeFirst();
    if (!session) throw new ParleyFault('SESSION_NOT_FOUND', 'That session no longer exists.');
    filters.push(metaFilter(metaToken.session(input.sessionId)));
  }
  if (input.speakerId !== undefined) filters.push(metaFilter(metaToken.speaker(input.speakerId)));
  if (input.speakerCode !== undefined) {
    const speakers = await db
      .selectFrom('participants')
      .select('id')
      .where('speaker_code', '=', input.speakerCode)
      .$if(input.dialogueId !== undefined, (q) => q.where('dialogue_id', '=', input.dialogueId!))
      .execute();
    if (speakers.length === 0) return null;
    filters.push(anyOf(speakers.map((speaker) => metaToken.speaker(speaker.id))));
  }
  if (input.tag !== undefined) {
    const tag = input.tag;
    filters.push(
      metaFilter(
        tag.kind === 'topic'
          ? metaToken.tag({ kind: 'topic', topicId: tag.id })
          : tag.kind === 'root-cause'
            ? metaToken.tag({ kind: 'root-cause', rootCauseId: tag.id })
            : metaToken.tag({ kind: 'free', labelKey: freeTagKey(tag.label) }),
      ),
    );
  }
  if (input.levels !== undefined) filters.push(anyOf(input.levels.map(metaToken.level)));
  if (input.caucusPartyId !== undefined) filters.push(metaFilter(metaToken.caucus(input.caucusPartyId)));
  return filters;
}

function describe(term: QueryTerm): string {
  const words = term.words.join(' ');
  if (term.kind === 'prefix') return `${words}*`;
  if (term.kind === 'phrase') return `"${words}${term.prefixLast ? '*' : ''}"`;
  return words;
}
