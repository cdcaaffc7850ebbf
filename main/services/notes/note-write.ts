import type { Selectable, Transaction } from 'kysely';
import type { Contract, ParsedInputOf } from '../../../shared/contract';
import { defaultNoteLevel, NOTE_LIMITS, noteTooLargeMessage, utf8Bytes } from '../../../shared/domain/note';
import type { NoteKind, NoteLevel } from '../../../shared/domain/note';
import { searchWords } from '../../../shared/text/search-fold';
import { ParleyFault } from '../../errors';
import type { AgendaItemsTable, NotesTable, WorkspaceSchema } from '../../store/schema';
import type { NoteTagKind } from '../../store/schema/notes';
import { assertParticipantIn, assertPartyIn } from '../dialogue-scope';

/**
 * Saving a note: create or update by the editor's id, in one durable transaction (WAL with
 * `synchronous = FULL`: once the call returns, a crash or power cut keeps it). The note is marked
 * for the search index in the same transaction; the index itself is brought up to date just after.
 *
 * History: before a save replaces the stored state, that state is kept as a version, unless a
 * version was already kept less than NOTE_LIMITS.versionIntervalMs ago. Autosave while typing
 * therefore keeps about one version a minute instead of one per pause, and an edit made later
 * always keeps what was there before it.
 */

type SaveInput = ParsedInputOf<Contract['note.save']>;
type Trx = Transaction<WorkspaceSchema>;

export interface SaveOutcome {
  readonly id: string;
  /** False when the save changed nothing (a retried autosave): no write, no new version. */
  readonly changed: boolean;
}

interface TagRow {
  readonly kind: NoteTagKind;
  readonly topic_id: string | null;
  readonly root_cause_id: string | null;
  readonly label: string | null;
  readonly label_key: string | null;
}

const fault = {
  session: () => new ParleyFault('SESSION_NOT_FOUND', 'That session no longer exists. The note was not saved.'),
  item: () =>
    new ParleyFault('AGENDA_ITEM_NOT_FOUND', 'That agenda item is not part of this session. The note was not saved.'),
  speaker: () =>
    new ParleyFault(
      'PARTICIPANT_NOT_FOUND',
      'That speaker is not on this dialogue’s roster (or has withdrawn). The note was not saved.',
    ),
  party: () => new ParleyFault('PARTY_NOT_FOUND', 'That party is not part of this dialogue. The note was not saved.'),
  tag: () =>
    new ParleyFault('TAG_NOT_FOUND', 'A topic or root cause tagged on this note no longer exists. Remove the tag.'),
  empty: () => new ParleyFault('NOTE_EMPTY', 'The note is empty. Type something before saving.'),
  otherDialogue: () =>
    new ParleyFault('SESSION_NOT_FOUND', 'A note cannot move to a session of another dialogue. Nothing was changed.'),
};

/** Checked before anything else, so an oversized paste costs nothing and the answer gives its size. */
export function assertBodySize(body: string): void {
  const bytes = utf8Bytes(body);
  if (bytes > NOTE_LIMITS.maxBodyBytes) throw new ParleyFault('NOTE_TOO_LARGE', noteTooLargeMessage(bytes));
}

export async function saveNote(trx: Trx, input: SaveInput, now: string): Promise<SaveOutcome> {
  const session = await trx
    .selectFrom('sessions')
    .select(['id', 'dialogue_id', 'regime'])
    .where('id', '=', input.sessionId)
    .executeTakeFirst();
  if (!session) throw fault.session();
  const existing = await trx.selectFrom('notes').selectAll().where('id', '=', input.id).executeTakeFirst();
  // Ids are made by the editor; one that names a note of another dialogue is not this note.
  if (existing && existing.dialogue_id !== session.dialogue_id) throw fault.otherDialogue();
  const existingTags = existing ? await tagRows(trx, existing.id) : [];
  const sameSession = existing?.session_id === session.id;

  const agendaItemId =
    input.agendaItemId !== undefined ? input.agendaItemId : sameSession ? existing!.agenda_item_id : null;
  const item = agendaItemId === null ? undefined : await agendaItem(trx, agendaItemId, session.id);

  const speakerId = input.speakerId !== undefined ? input.speakerId : (existing?.speaker_id ?? null);
  if (speakerId !== null && speakerId !== existing?.speaker_id)
    await assertParticipantIn(trx, session.dialogue_id, speakerId, fault.speaker);
  // A purged speaker stays "withdrawn participant" until someone else is named as the speaker.
  const speakerWithdrawn: 0 | 1 = speakerId === null && existing?.speaker_withdrawn === 1 ? 1 : 0;

  const caucusPartyId =
    input.caucusPartyId !== undefined
      ? input.caucusPartyId
      : existing
        ? existing.caucus_party_id
        : item?.kind === 'caucus'
          ? item.caucus_party_id
          : null;
  if (caucusPartyId !== null && caucusPartyId !== existing?.caucus_party_id) {
    await assertPartyIn(trx, session.dialogue_id, caucusPartyId, fault.party);
  }

  const level: NoteLevel =
    input.level ?? existing?.level ?? defaultNoteLevel(item?.regime ?? session.regime, caucusPartyId !== null);
  const kind: NoteKind = input.kind ?? existing?.kind ?? 'note';
  const tags = input.tags ? await resolveTags(trx, input.tags, session.dialogue_id) : existingTags;

  if (!existing && input.body.trim() === '') throw fault.empty();

  const next = {
    dialogue_id: session.dialogue_id,
    session_id: session.id,
    agenda_item_id: agendaItemId,
    speaker_id: speakerId,
    speaker_withdrawn: speakerWithdrawn,
    level,
    kind,
    caucus_party_id: caucusPartyId,
    body: input.body,
  };
  const tagsChanged = JSON.stringify(tags) !== JSON.stringify(existingTags);
  if (existing && !tagsChanged && sameState(existing, next)) return { id: existing.id, changed: false };

  let seq: number;
  if (existing) {
    if (!sameState(existing, next)) await keepVersion(trx, existing, now);
    await trx
      .updateTable('notes')
      .set({ ...next, updated_at: now })
      .where('seq', '=', existing.seq)
      .execute();
    seq = existing.seq;
  } else {
    const inserted = await trx
      .insertInto('notes')
      .values({ id: input.id, ...next, created_at: now, updated_at: now })
      .returning('seq')
      .executeTakeFirstOrThrow();
    seq = inserted.seq;
  }
  if (tagsChanged) {
    await trx.deleteFrom('note_tags').where('note_id', '=', input.id).execute();
    if (tags.length > 0) {
      await trx
        .insertInto('note_tags')
        .values(tags.map((tag, position) => ({ note_id: input.id, position, ...tag })))
        .execute();
    }
  }
  // The index catches up after the commit (index-queue.ts): re-indexing is the slow part of a save.
  await trx
    .insertInto('notes_fts_pending')
    .values({ seq })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { id: input.id, changed: true };
}

type NoteState = Omit<Selectable<NotesTable>, 'seq' | 'id' | 'created_at' | 'updated_at'>;

function sameState(a: NoteState, b: NoteState): boolean {
  return (Object.keys(b) as (keyof NoteState)[]).every((key) => a[key] === b[key]);
}

/** Keeps the stored state as a version, unless one was kept within the last interval (autosave). */
async function keepVersion(trx: Trx, note: Selectable<NotesTable>, now: string): Promise<void> {
  const latest = await trx
    .selectFrom('note_versions')
    .select(['version', 'superseded_at'])
    .where('note_id', '=', note.id)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest && Date.parse(now) - Date.parse(latest.superseded_at) < NOTE_LIMITS.versionIntervalMs) return;
  await trx
    .insertInto('note_versions')
    .values({
      note_id: note.id,
      version: (latest?.version ?? 0) + 1,
      body: note.body,
      level: note.level,
      kind: note.kind,
      speaker_id: note.speaker_id,
      speaker_withdrawn: note.speaker_withdrawn,
      agenda_item_id: note.agenda_item_id,
      caucus_party_id: note.caucus_party_id,
      saved_at: note.updated_at,
      superseded_at: now,
    })
    .execute();
}

async function agendaItem(
  trx: Trx,
  id: string,
  sessionId: string,
): Promise<Pick<Selectable<AgendaItemsTable>, 'kind' | 'caucus_party_id' | 'regime'>> {
  const item = await trx
    .selectFrom('agenda_items')
    .select(['kind', 'caucus_party_id', 'regime'])
    .where('id', '=', id)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  if (!item) throw fault.item();
  return item;
}

async function tagRows(trx: Trx, noteId: string): Promise<TagRow[]> {
  return trx
    .selectFrom('note_tags')
    .select(['kind', 'topic_id', 'root_cause_id', 'label', 'label_key'])
    .where('note_id', '=', noteId)
    .orderBy('position')
    .execute();
}

/** Validates tags against the dialogue and drops duplicates, keeping the first spelling and order. */
async function resolveTags(trx: Trx, tags: NonNullable<SaveInput['tags']>, dialogueId: string): Promise<TagRow[]> {
  const rows: TagRow[] = [];
  const seen = new Set<string>();
  const topicIds = tags.flatMap((tag) => (tag.kind === 'topic' ? [tag.id] : []));
  const causeIds = tags.flatMap((tag) => (tag.kind === 'root-cause' ? [tag.id] : []));
  const topics = new Set(
    topicIds.length === 0
      ? []
      : (
          await trx
            .selectFrom('topics')
            .select('id')
            .where('id', 'in', topicIds)
            .where('dialogue_id', '=', dialogueId)
            .execute()
        ).map((row) => row.id),
  );
  const causes = new Set(
    causeIds.length === 0
      ? []
      : (
          await trx
            .selectFrom('root_causes')
            .select('id')
            .where('id', 'in', causeIds)
            .where('dialogue_id', '=', dialogueId)
            .execute()
        ).map((row) => row.id),
  );
  for (const tag of tags) {
    let row: TagRow;
    if (tag.kind === 'topic') {
      if (!topics.has(tag.id)) throw fault.tag();
      row = { kind: 'topic', topic_id: tag.id, root_cause_id: null, label: null, label_key: null };
    } else if (tag.kind === 'root-cause') {
      if (!causes.has(tag.id)) throw fault.tag();
      row = { kind: 'root-cause', topic_id: null, root_cause_id: tag.id, label: null, label_key: null };
    } else {
      const key = freeTagKey(tag.label);
      if (key === '') continue;
      row = { kind: 'free', topic_id: null, root_cause_id: null, label: tag.label, label_key: key };
    }
    const identity = `${row.kind}:${row.topic_id ?? row.root_cause_id ?? row.label_key}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    rows.push(row);
  }
  return rows;
}

/** A free tag's matching form: "Water-sharing", "water sharing" and "WATER SHARING" are one tag. */
export function freeTagKey(label: string): string {
  return searchWords(label).join(' ');
}
