import { redactNames } from '../notes/redact';

/**
 * A purged participant's names and code taken out of a text, as notes do ("[withdrawn participant]"),
 * within a column's size limit: when the longer mark would overflow it, the shortest mark is used,
 * and as a last resort the end of the text is cut. A purge must never fail. Null: nothing to change.
 */
export function redactWithin(text: string, names: readonly string[], maxChars: number): string | null {
  const redacted = redactNames(text, names);
  if (redacted === null || redacted.length <= maxChars) return redacted;
  const shorter = redactNames(text, names, '—')!;
  return shorter.length <= maxChars ? shorter : shorter.slice(0, maxChars).replace(/[\uD800-\uDBFF]$/u, '');
}
