import type { Selectable } from 'kysely';
import type { SeparationView, VenueView } from '../../../shared/contract/venue';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import type { VenuesTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import { assertDialogue, assertPartyOf, inTransaction, isConstraint, notFound, type Db, type Input } from './common';

export interface VenueService {
  create(input: Input<'venue.create'>): Promise<VenueView>;
  update(input: Input<'venue.update'>): Promise<VenueView>;
  get(input: Input<'venue.get'>): Promise<VenueView>;
  list(input: Input<'venue.list'>): Promise<VenueView[]>;
  delete(input: Input<'venue.delete'>): Promise<{ deleted: true }>;
}

export async function findVenueRow(db: Db, id: string): Promise<Selectable<VenuesTable>> {
  const row = await db.selectFrom('venues').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound.venue();
  return row;
}

/** Venue views for the given rows, with their separations and how many sessions use them. */
export async function venueViews(db: Db, rows: readonly Selectable<VenuesTable>[]): Promise<VenueView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const separations = await db
    .selectFrom('venue_separations')
    .selectAll()
    .where('venue_id', 'in', ids)
    .orderBy('venue_id')
    .orderBy('position')
    .execute();
  const counts = await db
    .selectFrom('sessions')
    .select((eb) => ['venue_id', eb.fn.countAll<number>().as('n')])
    .where('venue_id', 'in', ids)
    .groupBy('venue_id')
    .execute();
  const byVenue = Map.groupBy(separations, (row) => row.venue_id);
  const countOf = new Map(counts.map((row) => [row.venue_id, Number(row.n)]));
  return rows.map((row) => ({
    id: row.id,
    dialogueId: row.dialogue_id,
    name: row.name,
    city: row.city,
    country: row.country,
    timeZone: row.time_zone,
    suitability: row.suitability,
    comfortNotes: row.comfort_notes,
    discretionNotes: row.discretion_notes,
    separations: (byVenue.get(row.id) ?? []).map((s): SeparationView => ({
      kind: s.kind,
      partyId: s.party_id,
      note: s.note,
    })),
    sessionCount: countOf.get(row.id) ?? 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function createVenueService(ctx: ServiceContext): VenueService {
  const db = () => ctx.workspace().db;

  async function view(id: string): Promise<VenueView> {
    const [venue] = await venueViews(db(), [await findVenueRow(db(), id)]);
    return venue!;
  }

  async function writeSeparations(trx: Db, venueId: string, dialogueId: string, list: readonly SeparationView[]) {
    await trx.deleteFrom('venue_separations').where('venue_id', '=', venueId).execute();
    for (const [position, separation] of list.entries()) {
      if (separation.partyId !== null) await assertPartyOf(trx, dialogueId, separation.partyId);
      await trx
        .insertInto('venue_separations')
        .values({
          venue_id: venueId,
          position,
          kind: separation.kind,
          party_id: separation.partyId,
          note: separation.note,
        })
        .execute();
    }
  }

  const nameTaken = (name: string) =>
    new ParleyFault('VENUE_NAME_TAKEN', `This dialogue already has a venue called “${name}”.`);

  return {
    async create(input) {
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        try {
          await trx
            .insertInto('venues')
            .values({
              id,
              dialogue_id: input.dialogueId,
              name: input.name,
              name_key: foldForMatch(input.name),
              city: input.city,
              country: input.country,
              time_zone: input.timeZone,
              suitability: input.suitability,
              comfort_notes: input.comfortNotes,
              discretion_notes: input.discretionNotes,
              created_at: now,
              updated_at: now,
            })
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) throw nameTaken(input.name);
          throw error;
        }
        await writeSeparations(trx, id, input.dialogueId, input.separations);
      });
      return view(id);
    },

    async update(input) {
      await inTransaction(db(), async (trx) => {
        const current = await findVenueRow(trx, input.id);
        const name = input.name ?? current.name;
        try {
          await trx
            .updateTable('venues')
            .set({
              name,
              name_key: foldForMatch(name),
              city: input.city ?? current.city,
              country: input.country ?? current.country,
              time_zone: input.timeZone ?? current.time_zone,
              suitability: input.suitability ?? current.suitability,
              comfort_notes: input.comfortNotes ?? current.comfort_notes,
              discretion_notes: input.discretionNotes ?? current.discretion_notes,
              updated_at: ctx.now().toISOString(),
            })
            .where('id', '=', input.id)
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) throw nameTaken(name);
          throw error;
        }
        if (input.separations) await writeSeparations(trx, input.id, current.dialogue_id, input.separations);
      });
      return view(input.id);
    },

    async get(input) {
      return view(input.id);
    },

    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      const rows = await db()
        .selectFrom('venues')
        .selectAll()
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy('name_key')
        .execute();
      return venueViews(db(), rows);
    },

    async delete(input) {
      await inTransaction(db(), async (trx) => {
        await findVenueRow(trx, input.id);
        await trx.deleteFrom('venues').where('id', '=', input.id).execute();
      });
      return { deleted: true };
    },
  };
}
