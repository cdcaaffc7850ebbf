import { sql, type Selectable } from 'kysely';
import type { Contract, ParsedInputOf, SafePhraseView } from '../../../shared/contract';
import { SAFE_PHRASE_LIMITS } from '../../../shared/contract/redaction';
import { safePhraseKey, safePhraseProblem } from '../../../shared/redaction';
import { ParleyFault, toFault } from '../../errors';
import type { SafePhrasesTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import type { Db } from '../sessions/common';
import { sensitiveTermsOf } from '../roster/sensitive-terms';
import { assertDialogue } from '../dialogue-scope';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface SafePhraseService {
  list(input: Input<'safePhrase.list'>): Promise<SafePhraseView[]>;
  add(input: Input<'safePhrase.add'>): Promise<SafePhraseView>;
  remove(input: Input<'safePhrase.remove'>): Promise<{ removed: true }>;
}

function toView(row: Selectable<SafePhrasesTable>): SafePhraseView {
  return { id: row.id, dialogueId: row.dialogue_id, phrase: row.phrase, createdAt: row.created_at };
}

/** A dialogue's known-safe phrases (issue 13): what the redaction check leaves alone. */
export function createSafePhraseService(ctx: ServiceContext): SafePhraseService {
  const db = () => ctx.workspace().db;

  return {
    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      return (await listSafePhrases(db(), input.dialogueId)).map(toView);
    },

    async add(input) {
      await assertDialogue(db(), input.dialogueId);
      const problem = safePhraseProblem(input.phrase, await sensitiveTermsOf(db(), input.dialogueId));
      if (problem) throw new ParleyFault('SAFE_PHRASE_NAMES_SOMEONE', problem);
      const key = safePhraseKey(input.phrase);
      const { count } = await db()
        .selectFrom('safe_phrases')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('dialogue_id', '=', input.dialogueId)
        .executeTakeFirstOrThrow();
      if (Number(count) >= SAFE_PHRASE_LIMITS.perDialogue) {
        throw new ParleyFault(
          'TOO_MANY_SAFE_PHRASES',
          `A dialogue keeps at most ${SAFE_PHRASE_LIMITS.perDialogue} known-safe phrases: remove some first.`,
        );
      }
      const row = {
        id: ctx.newId(),
        dialogue_id: input.dialogueId,
        phrase: input.phrase,
        phrase_key: key,
        created_at: ctx.now().toISOString(),
      };
      try {
        await db().insertInto('safe_phrases').values(row).execute();
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new ParleyFault('DUPLICATE_SAFE_PHRASE', 'This phrase is already known to be safe in this dialogue.');
        }
        throw toFault(error);
      }
      return toView(row);
    },

    async remove(input) {
      try {
        const result = await db().deleteFrom('safe_phrases').where('id', '=', input.id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) {
          throw new ParleyFault('SAFE_PHRASE_NOT_FOUND', 'That known-safe phrase no longer exists.');
        }
      } catch (error) {
        throw toFault(error);
      }
      return { removed: true };
    },
  };
}

/** The phrases of a dialogue, oldest first (for the export check and the list). */
export async function listSafePhrases(db: Db, dialogueId: string): Promise<Selectable<SafePhrasesTable>[]> {
  return (
    db
      .selectFrom('safe_phrases')
      .selectAll()
      .where('dialogue_id', '=', dialogueId)
      .orderBy('created_at')
      // Same instant (a clock that did not move): the order they were added in.
      .orderBy(sql`rowid`)
      .execute()
  );
}
