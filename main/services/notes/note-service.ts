import type { Contract, ParsedInputOf } from '../../../shared/contract';
import type { NoteSearchResult, NoteTagOptions, NoteVersionView, NoteView } from '../../../shared/contract/note';
import { ParleyFault, toFault } from '../../errors';
import type { ServiceContext } from '../context';
import { createIndexQueue } from './index-queue';
import { headerQuery, noteNotFound, viewById, views } from './note-read';
import { assertBodySize, saveNote } from './note-write';
import { searchNotes } from './search';
import { assertDialogue } from '../dialogue-scope';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface NoteService {
  save(input: Input<'note.save'>): Promise<NoteView>;
  get(input: Input<'note.get'>): Promise<NoteView>;
  list(input: Input<'note.list'>): Promise<NoteView[]>;
  history(input: Input<'note.history'>): Promise<NoteVersionView[]>;
  delete(input: Input<'note.delete'>): Promise<{ deleted: true }>;
  search(input: Input<'note.search'>): Promise<NoteSearchResult>;
  tagOptions(input: Input<'note.tagOptions'>): Promise<NoteTagOptions>;
}

export interface NoteServiceOptions {
  /** Registers work to finish before the workspace closes (WorkspaceService.onBeforeLock). */
  readonly onBeforeLock?: (listener: () => Promise<void>) => unknown;
}

export function createNoteService(ctx: ServiceContext, options: NoteServiceOptions = {}): NoteService {
  const db = () => ctx.workspace().db;
  const index = createIndexQueue(db);
  // Nothing of the index is left behind a lock: the queue is finished, then the timer dropped.
  options.onBeforeLock?.(async () => {
    await index.flush().catch(() => undefined);
    index.cancel();
  });

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toFault(error);
    }
  }

  return {
    async save(input) {
      assertBodySize(input.body);
      const now = ctx.now().toISOString();
      return guarded(async () => {
        const { id, changed } = await db()
          .transaction()
          .execute((trx) => saveNote(trx, input, now));
        if (changed) index.schedule();
        return viewById(db(), id);
      });
    },

    get: (input) => guarded(() => viewById(db(), input.id)),

    async list(input) {
      return guarded(async () => {
        const session = await db()
          .selectFrom('sessions')
          .select('id')
          .where('id', '=', input.sessionId)
          .executeTakeFirst();
        if (!session) throw new ParleyFault('SESSION_NOT_FOUND', 'That session no longer exists.');
        const rows = await headerQuery(db())
          .select('n.body')
          .where('n.session_id', '=', input.sessionId)
          // The joint view never holds a caucus note; a caucus view holds only that party's.
          .$if(input.caucusPartyId === undefined, (q) => q.where('n.caucus_party_id', 'is', null))
          .$if(input.caucusPartyId !== undefined, (q) => q.where('n.caucus_party_id', '=', input.caucusPartyId!))
          .$if(input.agendaItemId === null, (q) => q.where('n.agenda_item_id', 'is', null))
          .$if(typeof input.agendaItemId === 'string', (q) => q.where('n.agenda_item_id', '=', input.agendaItemId!))
          .orderBy('n.created_at')
          .orderBy('n.seq')
          .execute();
        return views(db(), rows);
      });
    },

    async history(input) {
      return guarded(async () => {
        const current = await db()
          .selectFrom('notes as n')
          .leftJoin('participants as p', 'p.id', 'n.speaker_id')
          .select([
            'n.body',
            'n.level',
            'n.kind',
            'n.speaker_withdrawn',
            'n.agenda_item_id',
            'n.caucus_party_id',
            'n.updated_at',
            'p.speaker_code',
          ])
          .where('n.id', '=', input.id)
          .executeTakeFirst();
        if (!current) throw noteNotFound();
        const earlier = await db()
          .selectFrom('note_versions as v')
          .leftJoin('participants as p', 'p.id', 'v.speaker_id')
          .select([
            'v.version',
            'v.body',
            'v.level',
            'v.kind',
            'v.speaker_withdrawn',
            'v.agenda_item_id',
            'v.caucus_party_id',
            'v.saved_at',
            'p.speaker_code',
          ])
          .where('v.note_id', '=', input.id)
          .orderBy('v.version', 'desc')
          .execute();
        const newest = (earlier[0]?.version ?? 0) + 1;
        const version = (
          row: (typeof earlier)[number] | (typeof current & { version: number; saved_at: string }),
          isCurrent: boolean,
        ): NoteVersionView => ({
          version: row.version,
          current: isCurrent,
          body: row.body,
          level: row.level,
          kind: row.kind,
          speakerCode: row.speaker_code,
          speakerWithdrawn: row.speaker_withdrawn === 1,
          agendaItemId: row.agenda_item_id,
          caucusPartyId: row.caucus_party_id,
          savedAt: row.saved_at,
        });
        return [
          version({ ...current, version: newest, saved_at: current.updated_at }, true),
          ...earlier.map((row) => version(row, false)),
        ];
      });
    },

    async delete(input) {
      return guarded(async () => {
        // Versions and tags go by cascade; the index entry by trigger, secure-deleted.
        const result = await db().deleteFrom('notes').where('id', '=', input.id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw noteNotFound();
        return { deleted: true as const };
      });
    },

    search: (input) =>
      guarded(async () => {
        // What was just typed is searchable at once: the index catches up first.
        await index.flush();
        return searchNotes(db(), input);
      }),

    async tagOptions(input) {
      return guarded(async () => {
        await assertDialogue(db(), input.dialogueId);
        const topics = await db()
          .selectFrom('topics')
          .select(['id', 'title as label'])
          .where('dialogue_id', '=', input.dialogueId)
          .orderBy('title_key')
          .execute();
        const rootCauses = await db()
          .selectFrom('root_causes')
          .select(['id', 'title as label'])
          .where('dialogue_id', '=', input.dialogueId)
          .orderBy('position')
          .execute();
        const free = await db()
          .selectFrom('note_tags as t')
          .innerJoin('notes as n', 'n.id', 't.note_id')
          .select((eb) => [eb.fn.min('t.label').as('label'), eb.fn.countAll<number>().as('uses')])
          .where('n.dialogue_id', '=', input.dialogueId)
          .where('t.kind', '=', 'free')
          .groupBy('t.label_key')
          .orderBy('uses', 'desc')
          .orderBy('t.label_key')
          .limit(200)
          .execute();
        return { topics, rootCauses, free: free.map((row) => row.label ?? '').filter((label) => label !== '') };
      });
    },
  };
}
