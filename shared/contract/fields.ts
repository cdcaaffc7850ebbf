import { z } from 'zod';

/**
 * Building blocks for contract input schemas. Every user string crossing IPC passes through
 * `text()`: it must be well-formed Unicode (no lone surrogates, which SQLite and PDF would mangle),
 * carry no control characters other than tab and newline, stay under a stated size, and is stored
 * NFC-normalised so that the same name typed on two keyboards compares equal.
 */

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface TextOptions {
  readonly min?: number;
  readonly max: number;
  readonly multiline?: boolean;
}

export function text({ min = 0, max, multiline = false }: TextOptions) {
  return z
    .string()
    .refine((s) => s.isWellFormed(), { message: 'Contains broken characters (unpaired surrogates).' })
    .refine((s) => !CONTROL_CHARS.test(s), { message: 'Contains control characters.' })
    .refine((s) => multiline || !/[\r\n]/.test(s), { message: 'Must be a single line.' })
    .transform((s) => s.normalize('NFC'))
    .pipe(
      z
        .string()
        .max(max, { message: `Must be at most ${max} characters.` })
        .refine((s) => s.trim().length >= min, {
          message: min === 1 ? 'Required.' : `Must be at least ${min} characters.`,
        }),
    );
}

/** A trimmed, required single-line label such as a code name. */
export function label(max: number) {
  return text({ min: 1, max }).transform((s) => s.trim());
}

export const Id = z.uuid({ message: 'Not a valid id.' });
export type Id = z.infer<typeof Id>;

/** A calendar date without time, as the facilitator typed it (no zone). */
export const IsoDate = z.iso.date({ message: 'Must be a date (YYYY-MM-DD).' });

/** Passphrases are not normalised beyond NFC: any character is allowed, but size is bounded. */
export const Passphrase = z
  .string()
  .min(1, { message: 'Enter the passphrase.' })
  .max(1024, { message: 'Passphrase is too long (1,024 characters at most).' })
  .refine((s) => s.isWellFormed(), { message: 'Contains broken characters.' })
  .transform((s) => s.normalize('NFC'));

/** A workspace's on-disk label. It is NOT encrypted, so it is kept to a safe, neutral slug. */
export const WorkspaceName = z
  .string()
  .min(1, { message: 'Name the workspace.' })
  .max(64, { message: 'Workspace name: 64 characters at most.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, {
    message: 'Use letters, digits, spaces, dots, dashes or underscores (the name is visible on disk).',
  })
  .refine((s) => !s.endsWith('.') && !s.endsWith(' '), { message: 'Must not end with a dot or space.' });

/** The largest payload any method accepts, measured on the serialised form before parsing. */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;
