import { findSensitiveTerms, type SensitiveTerm } from '../../shared/redaction/leak-check';
import { ParleyFault } from '../errors';

/** A piece of user text that goes into an export, and how to tell the facilitator where it is. */
export interface ExportedText {
  readonly where: string;
  readonly text: string;
}

/**
 * Refuses an export that would name someone from the roster (DOMAIN.md, rule 3). The message says
 * where the name is but never repeats it: it may be shown on screen or printed by the CLI.
 */
export function assertNoSensitiveTerms(
  texts: readonly ExportedText[],
  terms: readonly SensitiveTerm[],
  advice: string,
): void {
  const found = texts.find(({ text }) => findSensitiveTerms(text, terms).length > 0);
  if (!found) return;
  const kinds = new Set(findSensitiveTerms(found.text, terms).map((term) => term.kind));
  const what =
    kinds.has('name') || kinds.has('alias')
      ? 'a participant’s name'
      : 'a participant’s contact details or sensitive affiliation';
  throw new ParleyFault(
    'NAME_IN_EXPORT',
    `${found.where} contains ${what} from the roster. ${advice} Nothing was written.`,
  );
}
