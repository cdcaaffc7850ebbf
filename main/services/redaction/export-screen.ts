import type { ReidentificationOptions } from '../../../shared/redaction';
import type { ExportScreen } from '../../export/leak-guard';
import { rosterPeopleOf, sensitiveTermsOf, type SensitiveTermOptions } from '../roster/sensitive-terms';
import type { Db } from '../sessions/common';
import { listSafePhrases } from './safe-phrase-service';

export interface ExportScreenOptions extends SensitiveTermOptions {
  /** Re-identification warnings: their k and whether small sides count; false for none. */
  readonly reidentification?: ReidentificationOptions | false;
}

/** Everything an export of this dialogue is checked against, read in one go. */
export async function exportScreenOf(
  db: Db,
  dialogueId: string,
  options: ExportScreenOptions = {},
): Promise<ExportScreen> {
  const [terms, phrases, people] = await Promise.all([
    sensitiveTermsOf(db, dialogueId, options),
    listSafePhrases(db, dialogueId),
    options.reidentification === false ? [] : rosterPeopleOf(db, dialogueId),
  ]);
  return {
    terms,
    safePhrases: phrases.map((row) => row.phrase),
    people,
    reidentification: options.reidentification ?? {},
  };
}
