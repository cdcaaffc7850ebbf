import { findSensitiveTerms, type SensitiveTerm } from '../../../shared/redaction/leak-check';
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
 * foreign minister, Side A"), never by name: they travel into sponsor reports. A role that names a
 * participant (name, alias, contact, sensitive affiliation) or one of the decision makers the roster
 * links them to is refused, without repeating the name.
 */
export async function assertRolesNameNobody(db: Db, dialogueId: string, texts: readonly RoleText[]): Promise<void> {
  const present = texts.filter((entry) => entry.text.trim() !== '');
  if (present.length === 0) return;
  const terms: SensitiveTerm[] = [...(await sensitiveTermsOf(db, dialogueId))];
  const makers = await db.selectFrom('decision_makers').select('name').where('dialogue_id', '=', dialogueId).execute();
  for (const { name } of makers) if (name.trim() !== '') terms.push({ kind: 'name', value: name });
  const found = present.find((entry) => findSensitiveTerms(entry.text, terms).length > 0);
  if (!found) return;
  throw new ParleyFault(
    'NAME_IN_TEXT',
    `${found.field} contains a name from the roster. Describe people by their role (“deputy foreign minister, ` +
      'Side A”), never by name. Nothing was saved.',
  );
}
