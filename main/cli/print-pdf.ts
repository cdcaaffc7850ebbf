import type { ExportResult } from '../../shared/contract';
import { fixedDestination } from '../export/destination';
import { createChromiumPdfEngine } from '../export/pdf/chromium-engine';
import type { Client } from './client';
import type { CommandContext } from './context';
import { usageError } from './exit-codes';
import { assertWritable, resolveOutput } from './output-file';
import { acknowledgingWarnings } from './warnings';
import { withUnlocked, type WorkspaceTarget } from './workspace';

/** `--out FILE.pdf`, which every printing command requires. */
export function requiredOut(out: string | undefined, command: string): string {
  if (out === undefined || out.trim() === '') throw usageError('--out FILE.pdf is required.', command);
  return out;
}

export interface PdfRequest {
  readonly command: string;
  readonly target: WorkspaceTarget;
  /** `--out` as typed (messages repeat it so). */
  readonly out: string;
  readonly force: boolean;
  readonly acceptWarnings: boolean;
  /** The export call, asked again with the warnings' ids once they are accepted. */
  readonly print: (client: Client, acknowledgedWarnings: string[]) => Promise<ExportResult>;
}

/**
 * What every `parley … --out FILE.pdf` does: the file is placed and checked (never inside the
 * workspace folder, never replaced without --force) before the passphrase is asked for; a Chromium
 * runs for the time of the call only; warnings are written through only with --accept-warnings.
 */
export async function printPdf(ctx: CommandContext, request: PdfRequest): Promise<ExportResult> {
  const { command, target, force } = request;
  const out = resolveOutput(ctx.io, target, request.out, command);
  await assertWritable(out, request.out, force);
  const engine = createChromiumPdfEngine();
  try {
    return await withUnlocked(
      ctx.io,
      target,
      ctx.report,
      (client) =>
        acknowledgingWarnings(ctx.io, request.acceptWarnings, (acknowledged) =>
          request.print(client, [...acknowledged]),
        ),
      { exports: { pdf: () => engine, destination: fixedDestination(out, force, [target.path]) } },
    );
  } finally {
    await engine.close();
  }
}

export const pageCount = (pages: number) => `${pages} ${pages === 1 ? 'page' : 'pages'}`;
