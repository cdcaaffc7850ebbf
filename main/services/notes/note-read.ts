import type { Selectable } from 'kysely';
import type { NoteHeader, NoteTagView, NoteView } from '../../../shared/contract/note';
import { ParleyFault } from '../../errors';
import type { NotesTable } from '../../store/schema';
import type { Db } from './search-index';

/** Reading notes back as the contract's views: one query for the rows, one for their tags. */

export const noteNotFound = () =>
  new ParleyFault('NOTE_NOT_FOUND', 'That note no longer exists. It may have been deleted.');

export type NoteRow = Selectable<NotesTable>;

/** The columns every view needs, joined once. */
export function headerQuery(db: Db) {
  return db
    .selectFrom('notes as n')
    .innerJoin('sessions as s', 's.id', 'n.session_id')
    .leftJoin('agenda_items as a', 'a.id', 'n.agenda_item_id')
    .leftJoin('participants as p', 'p.id', 'n.speaker_id')
    .select((eb) => [
      'n.seq',
      'n.id',
      'n.dialogue_id',
      'n.session_id',
      'n.agenda_item_id',
      'n.speaker_id',
      'n.speaker_withdrawn',
      'n.level',
      'n.kind',
      'n.caucus_party_id',
      'n.created_at',
      'n.updated_at',
      's.number as session_number',
      's.time_zone as session_time_zone',
      'a.title as agenda_item_title',
      'p.speaker_code',
      eb
        .selectFrom('note_versions as v')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('v.note_id', '=', 'n.id')
        .as('earlier_versions'),
    ]);
}

type HeaderRow = Awaited<ReturnType<ReturnType<typeof headerQuery>['execute']>>[number];

export async function tagsOf(db: Db, noteIds: readonly string[]): Promise<Map<string, NoteTagView[]>> {
  const result = new Map<string, NoteTagView[]>();
  for (let start = 0; start < noteIds.length; start += 500) {
    const ids = noteIds.slice(start, start + 500);
    const rows = await db
      .selectFrom('note_tags as t')
      .leftJoin('topics as tp', 'tp.id', 't.topic_id')
      .leftJoin('root_causes as rc', 'rc.id', 't.root_cause_id')
      .select(['t.note_id', 't.kind', 't.topic_id', 't.root_cause_id', 't.label', 'tp.title as topic_title'])
      .select('rc.title as cause_title')
      .where('t.note_id', 'in', ids)
      .orderBy('t.note_id')
      .orderBy('t.position')
      .execute();
    for (const row of rows) {
      const tag: NoteTagView =
        row.kind === 'topic'
          ? { kind: 'topic', id: row.topic_id!, label: row.topic_title ?? '' }
          : row.kind === 'root-cause'
            ? { kind: 'root-cause', id: row.root_cause_id!, label: row.cause_title ?? '' }
            : { kind: 'free', id: null, label: row.label ?? '' };
      const list = result.get(row.note_id) ?? [];
      list.push(tag);
      result.set(row.note_id, list);
    }
  }
  return result;
}

export function toHeader(row: HeaderRow, tags: readonly NoteTagView[]): NoteHeader {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    sessionId: row.session_id,
    sessionNumber: row.session_number,
    sessionTimeZone: row.session_time_zone,
    agendaItemId: row.agenda_item_id,
    agendaItemTitle: row.agenda_item_title,
    speaker: row.speaker_id === null ? null : { participantId: row.speaker_id, code: row.speaker_code },
    speakerWithdrawn: row.speaker_withdrawn === 1,
    level: row.level,
    kind: row.kind,
    caucusPartyId: row.caucus_party_id,
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    earlierVersions: Number(row.earlier_versions ?? 0),
  };
}

/** Headers for rows found by `headerQuery`, in the order given. */
export async function headers(db: Db, rows: readonly HeaderRow[]): Promise<NoteHeader[]> {
  const tags = await tagsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toHeader(row, tags.get(row.id) ?? []));
}

/** Full views (with bodies) of the notes selected by `where`, in `headerQuery` order. */
export async function views(db: Db, rows: readonly (HeaderRow & { readonly body: string })[]): Promise<NoteView[]> {
  const list = await headers(db, rows);
  return list.map((header, index) => ({ ...header, body: rows[index]!.body }));
}

export async function viewById(db: Db, id: string): Promise<NoteView> {
  const row = await headerQuery(db).select('n.body').where('n.id', '=', id).executeTakeFirst();
  if (!row) throw noteNotFound();
  const [view] = await views(db, [row]);
  return view!;
}
