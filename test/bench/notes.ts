// Notes at DESIGN.md's scale: 100,000 notes in 500 sessions with 1,000 participants, then note
// save, note list and search measured through the registry against the budgets.
//
// Two ways to run it:
//   - standalone: `npx tsx test/bench/notes.ts` builds its own workspace in a temp folder and
//     prints the results as JSON (what the numbers in the report come from);
//   - inside `npm run bench`: `notesSeed` and `notesSuite` plug into SEED_STEPS and SUITES. The
//     seed inserts notes in bulk through the store (the registry would take minutes for 100,000
//     fsync'd saves), so it needs the bench's client in its context.
import { randomUUID } from 'node:crypto';
import { type Client } from '../../main/cli/client';
import { writeIndex } from '../../main/services/notes/search-index';
import type { NoteLevel } from '../../shared/domain/note';
import { BUDGETS } from './budgets';
import type { Suite } from './suites/context';
import type { SeedContext, SeedStep } from './workload';
import { standaloneWhenRun } from './standalone';

export const NOTES_WORKLOAD = {
  dialogues: 5,
  participantsPerDialogue: 200,
  sessionsPerDialogue: 100,
  itemsPerSession: 4,
  notesPerSession: 200,
} as const;

const SEARCH_BUDGET = { stat: 'p95', ms: 30, source: 'DESIGN.md: full-text search p95 ≤ 30 ms' } as const;

/** What the seed made, for the operations to pick from. */
interface NotesGenerated {
  dialogueIds: string[];
  sessions: { id: string; dialogueId: string; itemIds: string[]; caucus: { itemId: string; partyId: string } }[];
  speakerCodes: string[];
  noteIds: string[];
}

const generated: NotesGenerated = { dialogueIds: [], sessions: [], speakerCodes: [], noteIds: [] };

// --- Text -------------------------------------------------------------------------------------
// Synthetic but shaped like notes in the room: common words everywhere, topic words in a fair
// share of notes, rare words in few, in English, Arabic, Hebrew and Russian (Zipf-like draws).

const ENGLISH_COMMON =
  'the of and to a in that is was he she for it with as his on be at by this had not are but from or have an they which one you were all we there their said if would what so up out about who them when can more no could some into time has two like other than then its now only do over also after new first well way because any these give day most us'.split(
    ' ',
  );
const ENGLISH_TOPICAL =
  'water border borders security guarantees refugees return land ceasefire prisoners trust fear fears hope hopes needs constraint constraints option options proposal proposals minister ministry sponsor sponsors village villages wells river irrigation checkpoint checkpoints militia elections federation autonomy language schools textbooks memory grievance grievances apology compensation property archive archives displacement settlement settlers tariff trade corridor pipeline electricity grid harbour fishing quota monitoring observers verification sequence sequencing timeline referendum constitution amnesty justice reconciliation narrative narratives humiliation dignity recognition sovereignty mediation facilitator caucus plenary breakout exercise dinner walk perspective reversal joint problem mapping overton window widening'.split(
    ' ',
  );
const ARABIC =
  'في من على إلى أن عن مع هذا هذه التي الذي كان قال المياه مياه الأمن الحدود اللاجئين العودة الأرض وقف إطلاق النار الأسرى الثقة الخوف الأمل الحاجات الخيارات اقتراح الوزير القرية الآبار النهر الري الحاجز الانتخابات الحكم الذاتي اللغة المدارس الذاكرة الاعتذار التعويض الملكية النزوح التجارة الكهرباء الصيد المراقبين التحقق الجدول الدستور العفو العدالة المصالحة الرواية الكرامة الاعتراف السيادة الوساطة'.split(
    ' ',
  );
const HEBREW =
  'של את על עם זה זו היא הוא אמר אמרה המים מים הביטחון הגבול הפליטים החזרה האדמה הפסקת אש האסירים האמון הפחד התקווה הצרכים האפשרויות הצעה השר הכפר הבארות הנהר ההשקיה המחסום הבחירות האוטונומיה השפה בתי הספר הזיכרון ההתנצלות הפיצוי הרכוש העקירה הסחר החשמל הדיג המשקיפים האימות הלוח החוקה החנינה הצדק הפיוס הנרטיב הכבוד ההכרה הריבונות הגישור'.split(
    ' ',
  );
const RUSSIAN =
  'и в не на что с по это как он она сказал сказала вода воды безопасность граница беженцы возвращение земля перемирие пленные доверие страх надежда потребности варианты предложение министр деревня колодцы река орошение блокпост выборы автономия язык школы память извинение компенсация собственность торговля электричество рыболовство наблюдатели проверка график конституция амнистия справедливость примирение достоинство признание суверенитет посредничество'.split(
    ' ',
  );

/** A small deterministic generator, so every run benches the same workspace. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Zipf-like: early words of a list are drawn far more often than late ones. */
const draw = (words: readonly string[], next: () => number) => words[Math.floor(next() ** 2.2 * words.length)]!;

export function sentence(next: () => number, code: string | null): string {
  const language = next();
  const count = 8 + Math.floor(next() * 22);
  const words: string[] = [];
  const [common, topical] =
    language < 0.7
      ? [ENGLISH_COMMON, ENGLISH_TOPICAL]
      : language < 0.85
        ? [ARABIC.slice(0, 12), ARABIC]
        : language < 0.95
          ? [HEBREW.slice(0, 12), HEBREW]
          : [RUSSIAN.slice(0, 12), RUSSIAN];
  for (let i = 0; i < count; i++) words.push(next() < 0.6 ? draw(common, next) : draw(topical, next));
  const text = words.join(' ');
  return code && next() < 0.4 ? `${code}: ${text}.` : `${text}.`;
}

export function noteBody(next: () => number, code: string | null): string {
  const sentences = 1 + Math.floor(next() * 5);
  return Array.from({ length: sentences }, () => sentence(next, code)).join(next() < 0.3 ? '\n\n' : ' ');
}

// --- Seed -------------------------------------------------------------------------------------

/** Builds the dialogues, roster and sessions through the registry, then inserts notes in bulk. */
export async function seedNotes(client: Client, log: (line: string) => void = () => undefined): Promise<void> {
  const call = client.call;
  const next = random(2026);
  for (let d = 0; d < NOTES_WORKLOAD.dialogues; d++) {
    const dialogue = await call('dialogue.create', {
      codeName: `Notes bench ${d}`,
      parties: [{ name: 'Northern side' }, { name: 'Southern side' }],
      rootCauses: [{ title: 'Water scarcity' }, { title: 'Land tenure' }],
    });
    generated.dialogueIds.push(dialogue.id);
    const parties = dialogue.parties.map((party) => party.id);
    const speakers: { id: string; code: string }[] = [];
    for (let p = 0; p < NOTES_WORKLOAD.participantsPerDialogue; p++) {
      const side = p % 2;
      const code = `${side === 0 ? 'A' : 'B'}${Math.floor(p / 2) + 1}`;
      const participant = await call('participant.create', {
        dialogueId: dialogue.id,
        partyId: parties[side]!,
        realName: `Synthetic Person ${d}-${p}`,
        speakerCode: code,
        status: 'confirmed',
      });
      speakers.push({ id: participant.id, code });
      if (d === 0) generated.speakerCodes.push(code);
    }
    log(`notes seed: dialogue ${d + 1}/${NOTES_WORKLOAD.dialogues}: roster done`);
    for (let s = 0; s < NOTES_WORKLOAD.sessionsPerDialogue; s++) {
      const day = new Date(Date.UTC(2020, 0, 1) + (d * 1000 + s * 7) * 86_400_000).toISOString().slice(0, 10);
      const session = await call('session.create', {
        dialogueId: dialogue.id,
        number: s + 1,
        startsAt: `${day}T09:00`,
        endsAt: `${day}T18:00`,
        timeZone: 'Europe/Vienna',
        regime: (['chatham-house', 'on-the-record', 'chatham-house-plus', 'off-the-record'] as const)[s % 4]!,
      });
      const itemIds: string[] = [];
      for (let i = 0; i < NOTES_WORKLOAD.itemsPerSession - 1; i++) {
        const { itemId } = await call('agenda.add', {
          sessionId: session.id,
          kind: 'plenary',
          title: `Plenary ${i + 1}`,
          plannedMinutes: 90,
          topics: i === 0 ? ['Water', 'Security guarantees'] : [],
        });
        itemIds.push(itemId);
      }
      const caucus = await call('agenda.add', {
        sessionId: session.id,
        kind: 'caucus',
        title: 'Caucus',
        plannedMinutes: 45,
        caucusPartyId: parties[0]!,
      });
      generated.sessions.push({
        id: session.id,
        dialogueId: dialogue.id,
        itemIds,
        caucus: { itemId: caucus.itemId, partyId: parties[0]! },
      });
      await insertNotes(client, {
        dialogueId: dialogue.id,
        sessionId: session.id,
        itemIds,
        caucus: { itemId: caucus.itemId, partyId: parties[0]! },
        speakers,
        next,
        startsAt: Date.parse(`${day}T07:00:00.000Z`),
      });
    }
    log(`notes seed: dialogue ${d + 1}/${NOTES_WORKLOAD.dialogues}: ${generated.noteIds.length} notes`);
  }
}

async function insertNotes(
  client: Client,
  session: {
    dialogueId: string;
    sessionId: string;
    itemIds: string[];
    caucus: { itemId: string; partyId: string };
    speakers: { id: string; code: string }[];
    next: () => number;
    startsAt: number;
  },
): Promise<void> {
  const { next } = session;
  const db = client.services.workspace.current().db;
  await db.transaction().execute(async (trx) => {
    for (let n = 0; n < NOTES_WORKLOAD.notesPerSession; n++) {
      const inCaucus = n % 20 === 19;
      const speaker = next() < 0.7 ? session.speakers[Math.floor(next() * session.speakers.length)]! : null;
      const level: NoteLevel = inCaucus ? 'facilitator' : (['participants', 'sponsor', 'facilitator'] as const)[n % 3]!;
      const at = new Date(session.startsAt + n * 150_000).toISOString();
      const id = randomUUID();
      const body = noteBody(next, speaker?.code ?? null);
      const { seq } = await trx
        .insertInto('notes')
        .values({
          id,
          dialogue_id: session.dialogueId,
          session_id: session.sessionId,
          agenda_item_id: inCaucus ? session.caucus.itemId : session.itemIds[n % session.itemIds.length]!,
          speaker_id: speaker?.id ?? null,
          speaker_withdrawn: 0,
          level,
          kind: n % 25 === 0 ? 'quote' : 'note',
          caucus_party_id: inCaucus ? session.caucus.partyId : null,
          body,
          created_at: at,
          updated_at: at,
        })
        .returning('seq')
        .executeTakeFirstOrThrow();
      const tags = n % 4 === 0 ? [{ kind: 'free' as const, label: 'Follow up', labelKey: 'follow up' }] : [];
      if (tags.length > 0) {
        await trx
          .insertInto('note_tags')
          .values({
            note_id: id,
            position: 0,
            kind: 'free',
            topic_id: null,
            root_cause_id: null,
            label: 'Follow up',
            label_key: 'follow up',
          })
          .execute();
      }
      await writeIndex(trx, {
        seq,
        dialogueId: session.dialogueId,
        sessionId: session.sessionId,
        speakerId: speaker?.id ?? null,
        level,
        caucusPartyId: inCaucus ? session.caucus.partyId : null,
        body,
        tags,
      });
      generated.noteIds.push(id);
    }
  });
}

/** For SEED_STEPS; needs the bench client in the seed context (see the report of issue 5). */
export const notesSeed: SeedStep = {
  name: 'notes (100,000)',
  async run(ctx: SeedContext & { readonly client?: Client }) {
    if (!ctx.client) throw new Error('notesSeed needs `client` in SeedContext to insert notes in bulk');
    await seedNotes(ctx.client);
  },
};

// --- Operations ---------------------------------------------------------------------------------

const QUERIES: readonly { query: string; filters?: 'session' | 'speaker' | 'caucus' | 'levels' | 'tag' }[] = [
  { query: 'water' },
  { query: 'guarantees' },
  { query: 'border*' },
  { query: 'المياه' },
  { query: 'مياه' },
  { query: 'מים' },
  { query: 'вода' },
  { query: 'refugees return' },
  { query: '"security guarantees"' },
  { query: 'irrigation wells' },
  { query: 'recon*' },
  { query: 'water', filters: 'session' },
  { query: 'trust', filters: 'speaker' },
  { query: 'fears', filters: 'caucus' },
  { query: 'proposal', filters: 'levels' },
  { query: 'ceasefire', filters: 'tag' },
  { query: '', filters: 'session' },
  // The worst case: a word in nearly every note (bounded by the ranking window).
  { query: 'the' },
];

/** Cycles through a list so consecutive runs touch different rows. */
const pick = <T>(items: readonly T[], run: number): T => items[((run % items.length) + items.length) % items.length]!;

function searchInput(run: number) {
  const { query, filters } = QUERIES[((run % QUERIES.length) + QUERIES.length) % QUERIES.length]!;
  const session = pick(generated.sessions, run);
  const dialogueId = session.dialogueId;
  const base = { dialogueId, query };
  switch (filters) {
    case 'session':
      return { ...base, sessionId: session.id };
    case 'speaker':
      return { ...base, speakerCode: pick(generated.speakerCodes, run) };
    case 'caucus':
      return { ...base, caucusPartyId: session.caucus.partyId };
    case 'levels':
      return { ...base, levels: ['sponsor' as const] };
    case 'tag':
      return { ...base, tag: { kind: 'free' as const, label: 'Follow up' } };
    default:
      return base;
  }
}

export const notesSuite: Suite = (suite, { call }) => {
  suite.bench('note.search', (run) => call('note.search', searchInput(run)), {
    runs: QUERIES.length * 30,
    warmup: QUERIES.length,
    budget: SEARCH_BUDGET,
  });
  suite.bench(
    'note.list (a session, 200 notes)',
    (run) => call('note.list', { sessionId: pick(generated.sessions, run).id }),
    {
      runs: 300,
      budget: BUDGETS.read,
    },
  );
  suite.bench('note.get', (run) => call('note.get', { id: pick(generated.noteIds, run * 7919) }), {
    runs: 300,
    budget: BUDGETS.read,
  });
  const next = random(7);
  suite.bench(
    'note.save (new note)',
    (run) => {
      const session = pick(generated.sessions, run);
      return call('note.save', {
        id: randomUUID(),
        sessionId: session.id,
        agendaItemId: session.itemIds[0]!,
        body: noteBody(next, 'A1'),
      });
    },
    { runs: 300, budget: BUDGETS.save },
  );
  // Autosave of a note being typed: the same note, a little longer each time.
  const typing = { id: randomUUID(), body: '' };
  suite.bench(
    'note.save (autosave of a growing note)',
    () => {
      typing.body += `${sentence(next, null)} `;
      if (typing.body.length > 4000) Object.assign(typing, { id: randomUUID(), body: sentence(next, null) });
      return call('note.save', { id: typing.id, sessionId: pick(generated.sessions, 0).id, body: typing.body });
    },
    { runs: 300, budget: BUDGETS.save },
  );
  suite.bench(
    'note.save (edit of an old note, keeps a version)',
    (run) =>
      call('note.get', { id: pick(generated.noteIds, run * 104_729) }).then((note) =>
        call('note.save', { id: note.id, sessionId: note.sessionId, body: `${note.body}\nEdited ${run}.` }),
      ),
    { runs: 300, budget: BUDGETS.save },
  );
  // What a save leaves for later: a search just after an edit first re-indexes that note
  // (secure-delete rewrites the pages of each of its terms). Timed as get + save + search together;
  // informational, no budget of its own.
  suite.bench(
    'note edit, then search (search re-indexes the edited note first; no budget)',
    async (run) => {
      const note = await call('note.get', { id: pick(generated.noteIds, run * 15_485_863) });
      await call('note.save', { id: note.id, sessionId: note.sessionId, body: `${note.body}\nAgain ${run}.` });
      await call('note.search', { dialogueId: note.dialogueId, query: 'irrigation wells' });
    },
    { runs: 100 },
  );
};

// --- Standalone ---------------------------------------------------------------------------------

standaloneWhenRun(import.meta.url, () => ({
  name: 'notes',
  workload: () => ({ ...NOTES_WORKLOAD, notes: generated.noteIds.length }),
  seed: async (client, progress) => {
    await seedNotes(client, progress);
    return generated.dialogueIds;
  },
  suite: notesSuite,
}));
