import { redactorFor } from '../../export/leak-guard';
import { ParleyFault } from '../../errors';
import { exportScreenOf } from '../redaction/export-screen';
import type { Db } from './common';

/** A piece of text that must describe people by role, and what to call its field in a message. */
export interface RoleText {
  readonly field: string;
  readonly text: string;
}

/**
 * Transfer and outcome records describe Track One people and social actors by role ("deputy
 * foreign minister, Side A"), never by name: they travel into sponsor reports. A text in which the
 * export redaction engine is certain to find a participant (name, alias, contact, sensitive
 * affiliation, however disguised) is refused, without repeating the name; the dialogue's
 * known-safe phrases apply as in every export. The roster's decision makers are not checked here:
 * they are usually recorded by office ("Minister of Water"), which is exactly what a transfer names.
 */
export async function assertRolesNameNobody(db: Db, dialogueId: string, texts: readonly RoleText[]): Promise<void> {
  const present = texts.filter((entry) => entry.text.trim() !== '');
  if (present.length === 0) return;
  const redactor = await redactorFor(await exportScreenOf(db, dialogueId, { reidentification: false }));
  const findings = redactor.scan(present.map((entry) => ({ where: entry.field, text: entry.text })));
  const found = findings.find((finding) => finding.certainty === 'certain');
  if (!found) return;
  throw new ParleyFault(
    'NAME_IN_TEXT',
    `${found.where} contains a name from the roster. Describe people by their role (“deputy foreign minister, ` +
      'Side A”), never by name. Nothing was saved.',
  );
}
