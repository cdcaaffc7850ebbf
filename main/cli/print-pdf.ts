import type { ExportResult } from '../../shared/contract';
import { fixedDestination } from '../export/destination';
import { createChromiumPdfEngine } from '../export/pdf/chromium-engine';
import type { Client } from './client';
import type { CommandContext } from './context';
import { EXIT, usageError } from './exit-codes';
import { assertWritable, resolveOutput } from './output-file';
import { acknowledgingWarnings } from './warnings';
import { resolveTarget, withUnlocked, type WorkspaceTarget } from './workspace';

/** `--out FILE.pdf`, which every printing command requires. */
function requiredOut(out: string | undefined, command: string): string {
  if (out === undefined || out.trim() === '') throw usageError('--out FILE.pdf is required.', command);
  return out;
}

/** The flags every printing command takes. */
export interface PdfFlags {
  readonly out?: string;
  readonly force?: boolean;
  readonly 'accept-warnings'?: boolean;
}

export interface PdfRequest {
  readonly command: string;
  /** The workspace: resolved already, or its argument (resolved once `--out` is known to be there). */
  readonly target: WorkspaceTarget | string;
  readonly flags: PdfFlags;
  /** What was written, for the line that says so ("the agenda"). */
  readonly what: string;
  /** The export call, asked again with the warnings' ids once they are accepted. */
  readonly print: (client: Client, acknowledgedWarnings: string[]) => Promise<ExportResult>;
}

/**
 * What every `parley … --out FILE.pdf` does: the file is placed and checked (never inside the
 * workspace folder, never replaced without --force) before the passphrase is asked for; a Chromium
 * runs for the time of the call only; warnings are written through only with --accept-warnings;
 * what was written is said on stdout.
 */
export async function printPdf(ctx: CommandContext, request: PdfRequest): Promise<number> {
  const { command, flags } = request;
  const typed = requiredOut(flags.out, command);
  const force = flags.force ?? false;
  const target = typeof request.target === 'string' ? resolveTarget(ctx.io, command, request.target) : request.target;
  const out = resolveOutput(ctx.io, target, typed, command);
  await assertWritable(out, typed, force);
  const engine = createChromiumPdfEngine();
  try {
    const result = await withUnlocked(
      ctx.io,
      target,
      ctx.report,
      (client) =>
        acknowledgingWarnings(ctx.io, flags['accept-warnings'] ?? false, (acknowledged) =>
          request.print(client, [...acknowledged]),
        ),
      { exports: { pdf: () => engine, destination: fixedDestination(out, force, [target.path]) } },
    );
    if (result.saved) ctx.io.stdout(`Wrote ${request.what} to ${typed} (${pageCount(result.pages)}).\n`);
    return EXIT.OK;
  } finally {
    await engine.close();
  }
}

const pageCount = (pages: number) => `${pages} ${pages === 1 ? 'page' : 'pages'}`;
