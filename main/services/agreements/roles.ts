import { findSensitiveTerms } from '../../../shared/redaction/leak-check';
import { ParleyFault } from '../../errors';
import { sensitiveTermsOf } from '../roster/sensitive-terms';
import type { Db } from './common';

/** A piece of text that must describe people by role, and what to call its field in a message. */
export interface RoleText {
  readonly field: string;
  readonly text: string;
}

/**
 * Transfer and outcome records describe Track One people and social actors by role ("deputy
 * foreign minister, Side A"), never by name: they travel into sponsor reports. A text that names a
 * participant of the dialogue (name or any longer word of it, alias, contact, sensitive
 * affiliation — matched as the export leak check matches) is refused, without repeating the name.
 * The roster's decision makers are not checked here: they are usually recorded by office ("Minister
 * of Water"), which is exactly what a transfer names.
 */
export async function assertRolesNameNobody(db: Db, dialogueId: string, texts: readonly RoleText[]): Promise<void> {
  const present = texts.filter((entry) => entry.text.trim() !== '');
  if (present.length === 0) return;
  const terms = await sensitiveTermsOf(db, dialogueId);
  const found = present.find((entry) => findSensitiveTerms(entry.text, terms).length > 0);
  if (!found) return;
  throw new ParleyFault(
    'NAME_IN_TEXT',
    `${found.field} contains a name from the roster. Describe people by their role (“deputy foreign minister, ` +
      'Side A”), never by name. Nothing was saved.',
  );
}
