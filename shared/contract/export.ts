import { z } from 'zod';
import { Id } from './fields';
import { as, method } from './method';

/** A roster CSV written by main: how many participants it holds, and whether it names them. */
export type RosterCsvResult =
  | {
      readonly saved: true;
      readonly fileName: string;
      readonly participants: number;
      readonly bytes: number;
      readonly includesIdentities: boolean;
    }
  | { readonly saved: false };

/** What became of an export: saved (file name only, never a path) or cancelled in the save dialog. */
export type ExportResult =
  | { readonly saved: true; readonly fileName: string; readonly pages: number; readonly bytes: number }
  | { readonly saved: false };

const exportErrors = [
  'WORKSPACE_LOCKED',
  'WORKSPACE_CORRUPT',
  // The export still names someone from the roster: it is not written.
  'NAME_IN_EXPORT',
  // No Chromium to print with (CLI), or printing failed.
  'PDF_UNAVAILABLE',
  'PDF_FAILED',
  'FILE_EXISTS',
  'DISK_FULL',
  'IO_ERROR',
] as const;

export const exportContract = {
  /**
   * The agenda of a session as a PDF: venue-local times, leads by role or speaker code. Main asks
   * where to save it (the app's save dialog; the CLI's --out), checks it against the roster and
   * writes it; the renderer never sees the file's bytes or its path.
   */
  'export.agendaPdf': method({
    input: z
      .object({
        sessionId: Id,
        /** The facilitator's copy: each item's planning notes and the times it actually ran. */
        includeItemNotes: z.boolean().default(false),
      })
      .strict(),
    output: as<ExportResult>(),
    errors: [...exportErrors, 'SESSION_NOT_FOUND'],
  }),
  /**
   * A dialogue's roster as a CSV file (UTF-8 with BOM, formula cells guarded), written by main where
   * the destination says, 0600, and logged. Without `includeIdentities` it holds codes and
   * pseudonyms only.
   */
  'export.rosterCsv': method({
    input: z.object({ dialogueId: Id, includeIdentities: z.boolean().default(false) }).strict(),
    output: as<RosterCsvResult>(),
    errors: [...exportErrors, 'DIALOGUE_NOT_FOUND'],
  }),
};
