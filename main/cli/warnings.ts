import type { ExportWarning } from '../../shared/contract';
import type { CliIo } from './io';
import { CliError, EXIT } from './exit-codes';

const warningsOf = (answer: object): readonly ExportWarning[] =>
  ('warnings' in answer ? (answer.warnings as readonly ExportWarning[] | undefined) : undefined) ?? [];

/**
 * An export that answers with warnings waits for each to be acknowledged. In a terminal that is
 * `--accept-warnings`: each warning's place and reason are printed (never the words it is about),
 * then the export is asked again with every id. Without the flag nothing is written.
 */
export async function acknowledgingWarnings<T extends object>(
  io: CliIo,
  accept: boolean,
  call: (acknowledgedWarnings: readonly string[]) => Promise<T>,
): Promise<T> {
  const first = await call([]);
  const warnings = warningsOf(first);
  if (warnings.length === 0) return first;
  io.stderr(
    `${warnings.length === 1 ? 'One warning' : `${warnings.length} warnings`} to confirm before writing:\n` +
      warnings.map((warning) => `  ${warning.where}: ${warning.reason}.\n`).join(''),
  );
  if (!accept) {
    throw new CliError(
      EXIT.FAILURE,
      'Nothing was written. Check each place above, then run again with --accept-warnings to write it anyway.',
    );
  }
  const second = await call(warnings.map((warning) => warning.id));
  if (warningsOf(second).length > 0) {
    throw new CliError(
      EXIT.FAILURE,
      'The export changed while it was being checked; nothing was written. Run it again.',
    );
  }
  io.stderr(`Accepted ${warnings.length === 1 ? 'the warning' : `all ${warnings.length} warnings`}.\n`);
  return second;
}
