import { z } from 'zod';
import type { ReidentificationKind, SensitiveTermKind } from '../redaction';
import { Id } from './fields';
import { as, method } from './method';

/**
 * Something in an export that may point to a participant, for the facilitator to confirm before
 * the file is written: a word that is also a name word, a role only two people hold… It says where
 * and why, never the words: the reason reads "a word of a participant’s name — it is also an
 * ordinary word; confirm it does not point to them".
 */
export interface ExportWarning {
  /** Stable while the app runs; derived from the place, kind and a keyed hash, never the text. */
  readonly id: string;
  readonly where: string;
  readonly kind: SensitiveTermKind | ReidentificationKind;
  readonly reason: string;
}

/** A roster CSV written by main: how many participants it holds, and whether it names them. */
export type RosterCsvResult =
  | {
      readonly saved: true;
      readonly fileName: string;
      readonly participants: number;
      readonly bytes: number;
      readonly includesIdentities: boolean;
    }
  | { readonly saved: false; readonly warnings?: readonly ExportWarning[] };

/**
 * What became of an export: saved (file name only, never a path), or not written — cancelled in
 * the save dialog, or, with `warnings`, waiting for each warning to be acknowledged (nothing was
 * asked, printed or written; call again with their ids in `acknowledgedWarnings`).
 */
export type ExportResult =
  | { readonly saved: true; readonly fileName: string; readonly pages: number; readonly bytes: number }
  | { readonly saved: false; readonly warnings?: readonly ExportWarning[] };

/** Ids of the warnings the facilitator acknowledged, from an earlier answer. */
export const AcknowledgedWarnings = z
  .array(z.string().regex(/^w-[0-9a-f]{24}$/u, { message: 'Not a warning id.' }))
  .max(5000, { message: '5,000 warnings at most.' })
  .default([]);

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
        acknowledgedWarnings: AcknowledgedWarnings,
      })
      .strict(),
    output: as<ExportResult>(),
    errors: [...exportErrors, 'SESSION_NOT_FOUND'],
  }),
  /**
   * A dialogue's roster as a CSV file (UTF-8 with BOM, formula cells guarded), written by main where
   * the destination says, 0600, and logged. Without `includeIdentities` it holds codes and
   * pseudonyms only, and is checked like every export first (a pseudonym can give someone away):
   * NAME_IN_EXPORT, or warnings to acknowledge before anything is asked or written.
   */
  'export.rosterCsv': method({
    input: z
      .object({
        dialogueId: Id,
        includeIdentities: z.boolean().default(false),
        acknowledgedWarnings: AcknowledgedWarnings,
      })
      .strict(),
    output: as<RosterCsvResult>(),
    errors: [...exportErrors, 'DIALOGUE_NOT_FOUND'],
  }),
};
