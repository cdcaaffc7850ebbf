import type { Db } from './views';

/**
 * The audit log says what happened and on which day, never to whom: callers pass neutral details
 * only (a count, a choice of option), never a name, code or pseudonym.
 */
export type AuditAction = 'participant.purged' | 'roster.imported' | 'roster.exported';

export async function writeAudit(
  db: Db,
  entry: { readonly on: string; readonly action: AuditAction; readonly dialogueId: string; readonly detail?: string },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ occurred_on: entry.on, action: entry.action, dialogue_id: entry.dialogueId, detail: entry.detail ?? '' })
    .execute();
}
