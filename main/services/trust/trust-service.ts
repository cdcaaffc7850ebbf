import type { TrustBoardView, TrustReadingView } from '../../../shared/contract/trust';
import { TRUST_INDICATORS, type TrustIndicator, type TrustRating } from '../../../shared/domain/trust';
import { ParleyFault } from '../../errors';
import type { TrustReadingsTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import { guarded } from '../exercises/guarded';
import { assertDialogue, inTransaction, type Input } from '../sessions/common';
import { findSessionRow } from '../sessions/common';
import { sidesOf } from '../parties/sides';
import { sessionPoints, sideOf } from './board';

export interface TrustService {
  board(input: Input<'trust.board'>): Promise<TrustBoardView>;
  record(input: Input<'trust.record'>): Promise<TrustReadingView>;
  clear(input: Input<'trust.clear'>): Promise<{ cleared: true }>;
}

/** Indicator ↔ column: one 0/1 column per indicator, so a reading can never hold an unknown one. */
const COLUMNS = {
  'informal-contact': 'informal_contact',
  humour: 'humour',
  'first-names': 'first_names',
  'joint-proposals': 'joint_proposals',
  'walk-out': 'walk_out',
  'hostile-incident': 'hostile_incident',
} as const satisfies Record<TrustIndicator, keyof TrustReadingsTable>;

function toView(row: TrustReadingsTable): TrustReadingView {
  return {
    sessionId: row.session_id,
    partyAId: row.party_a_id,
    partyBId: row.party_b_id,
    rating: row.rating as TrustRating,
    indicators: TRUST_INDICATORS.filter((indicator) => row[COLUMNS[indicator]] === 1),
    rationale: row.rationale,
    updatedAt: row.updated_at,
  };
}

export function createTrustService(ctx: ServiceContext): TrustService {
  const db = () => ctx.workspace().db;

  /** The pair in the dialogue's order, whatever order the caller gave. */
  async function orderedPair(dialogueId: string, first: string, second: string) {
    const a = await sideOf(db(), dialogueId, first);
    const b = await sideOf(db(), dialogueId, second);
    return a.position <= b.position ? [a.id, b.id] : [b.id, a.id];
  }

  return {
    board: (input) =>
      guarded(async () => {
        await assertDialogue(db(), input.dialogueId);
        const sides = await sidesOf(db(), input.dialogueId);
        const pairs = sides.flatMap((a, i) =>
          sides.slice(i + 1).map((b) => ({ key: `${a.id}:${b.id}`, partyAId: a.id, partyBId: b.id })),
        );
        const rows = await db()
          .selectFrom('trust_readings')
          .selectAll()
          .where('dialogue_id', '=', input.dialogueId)
          .execute();
        return {
          dialogueId: input.dialogueId,
          sides,
          pairs,
          sessions: await sessionPoints(db(), input.dialogueId),
          readings: rows.map(toView),
        };
      }),

    async record(input) {
      const now = ctx.now().toISOString();
      const session = await guarded(() => findSessionRow(db(), input.sessionId));
      const [partyA, partyB] = await guarded(() => orderedPair(session.dialogue_id, input.partyAId, input.partyBId));
      const indicators = new Set(input.indicators);
      const values = {
        rating: input.rating,
        ...Object.fromEntries(
          TRUST_INDICATORS.map((indicator) => [COLUMNS[indicator], indicators.has(indicator) ? 1 : 0]),
        ),
        rationale: input.rationale,
        updated_at: now,
      } as Pick<TrustReadingsTable, 'rating' | 'rationale' | 'updated_at' | (typeof COLUMNS)[TrustIndicator]>;
      const row = await inTransaction(db(), async (trx) => {
        await trx
          .insertInto('trust_readings')
          .values({
            dialogue_id: session.dialogue_id,
            session_id: session.id,
            party_a_id: partyA!,
            party_b_id: partyB!,
            created_at: now,
            ...values,
          })
          .onConflict((oc) => oc.columns(['session_id', 'party_a_id', 'party_b_id']).doUpdateSet(values))
          .execute();
        return trx
          .selectFrom('trust_readings')
          .selectAll()
          .where('session_id', '=', session.id)
          .where('party_a_id', '=', partyA!)
          .where('party_b_id', '=', partyB!)
          .executeTakeFirstOrThrow();
      });
      return toView(row);
    },

    async clear(input) {
      const result = await inTransaction(db(), (trx) =>
        trx
          .deleteFrom('trust_readings')
          .where('session_id', '=', input.sessionId)
          .where((eb) =>
            eb.or([
              eb.and([eb('party_a_id', '=', input.partyAId), eb('party_b_id', '=', input.partyBId)]),
              eb.and([eb('party_a_id', '=', input.partyBId), eb('party_b_id', '=', input.partyAId)]),
            ]),
          )
          .executeTakeFirst(),
      );
      if (Number(result.numDeletedRows) === 0) {
        throw new ParleyFault('TRUST_READING_NOT_FOUND', 'There is no reading for that pair of sides at that session.');
      }
      return { cleared: true };
    },
  };
}
