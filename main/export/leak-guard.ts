import { createHmac, randomBytes } from 'node:crypto';
import type { ExportWarning } from '../../shared/contract/export';
import {
  createRedactor,
  findReidentificationRisks,
  loadRedactionLexicon,
  type DocumentBlock,
  type Finding,
  type FindingPart,
  type ReidentificationOptions,
  type Redactor,
  type RosterPerson,
  type SensitiveTerm,
} from '../../shared/redaction';
import { ParleyFault } from '../errors';
import type { PrintedPdf } from './pdf/pdfium';
import { PDF_CREATOR } from './pdf/metadata';

/** A piece of user text that goes into an export, and how to tell the facilitator where it is. */
export type ExportedText = DocumentBlock;

/** What an export is checked against: the dialogue's roster, its known-safe phrases, the re-identification rules. */
export interface ExportScreen {
  readonly terms: readonly SensitiveTerm[];
  readonly safePhrases: readonly string[];
  /** Sides, roles and non-sensitive affiliations of the roster, for re-identification warnings. */
  readonly people: readonly RosterPerson[];
  /** Off (false) for an export where nothing is said about people (a roster of codes). */
  readonly reidentification: ReidentificationOptions | false;
}

/**
 * Warning ids are keyed hashes: stable while the app runs (the facilitator acknowledges what the
 * last answer listed), yet an id read off a screen or a log says nothing of the word behind it.
 */
const WARNING_KEY = randomBytes(32);

function warningId(parts: readonly string[]): string {
  return `w-${createHmac('sha256', WARNING_KEY).update(parts.join('\u0000')).digest('hex').slice(0, 24)}`;
}

const cap = (sentence: string) => sentence.charAt(0).toUpperCase() + sentence.slice(1);

const redactors = new WeakMap<ExportScreen, Promise<Redactor>>();

/** The engine for a screen, built once: the check before printing and the one after share it. */
export function redactorFor(screen: ExportScreen): Promise<Redactor> {
  let redactor = redactors.get(screen);
  if (!redactor) {
    redactor = loadRedactionLexicon().then((lexicon) =>
      createRedactor(screen.terms, { lexicon, safePhrases: screen.safePhrases }),
    );
    redactors.set(screen, redactor);
  }
  return redactor;
}

export function refusal(finding: Finding, advice: string): ParleyFault {
  return new ParleyFault(
    'NAME_IN_EXPORT',
    `${finding.where} contains ${finding.reason}. ${advice} Nothing was written.`,
  );
}

/** A warning with the stretches of text it is about, for a preview that marks them. */
export interface LocatedWarning extends ExportWarning {
  readonly parts: readonly FindingPart[];
}

/**
 * Reads an export's text in reading order: the first finding certain to point to a participant
 * (if any), and what is only likely plus the re-identification risks, as warnings with stable ids
 * and the places they are about.
 */
export async function locateWarnings(
  texts: readonly ExportedText[],
  screen: ExportScreen,
): Promise<{ readonly certain: Finding | undefined; readonly warnings: LocatedWarning[] }> {
  const redactor = await redactorFor(screen);
  const findings = redactor.scan(texts);
  const certain = findings.find((finding) => finding.certainty === 'certain');
  if (certain) return { certain, warnings: [] };
  const warnings: {
    where: string;
    kind: ExportWarning['kind'];
    reason: string;
    subject: string;
    parts: readonly FindingPart[];
  }[] = findings.map((finding) => ({
    where: finding.where,
    kind: finding.kind,
    reason: finding.reason,
    subject: finding.subject,
    parts: finding.parts,
  }));
  if (screen.reidentification !== false) {
    for (const risk of findReidentificationRisks(texts, screen.people, screen.reidentification)) {
      warnings.push({
        where: risk.where,
        kind: risk.kind,
        reason: risk.reason,
        subject: risk.subject,
        parts: risk.parts,
      });
    }
  }
  // In reading order, as the facilitator will go through them.
  warnings.sort((a, b) => a.parts[0]!.block - b.parts[0]!.block || a.parts[0]!.start - b.parts[0]!.start);
  // The same word twice in one place is two warnings, each with its own id.
  const seen = new Map<string, number>();
  return {
    certain: undefined,
    warnings: warnings.map(({ where, kind, reason, subject, parts }) => {
      const key = [where, kind, subject].join('\u0000');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return { id: warningId([where, kind, subject, String(occurrence)]), where, kind, reason: cap(reason), parts };
    }),
  };
}

/**
 * Checks an export's text, in reading order, before anything is asked or printed (DOMAIN.md rule
 * 3). Something certain to point to a participant refuses the export with NAME_IN_EXPORT naming the
 * place and never the name; what is only likely, and re-identification risks, come back as
 * warnings the facilitator must acknowledge one by one.
 */
export async function screenExport(
  texts: readonly ExportedText[],
  screen: ExportScreen,
  advice: string,
): Promise<ExportWarning[]> {
  const { certain, warnings } = await locateWarnings(texts, screen);
  if (certain) throw refusal(certain, advice);
  return warnings.map(({ id, where, kind, reason }) => ({ id, where, kind, reason }));
}

/** The warnings not acknowledged yet: an export goes ahead only when there are none. */
export function openWarnings(
  warnings: readonly ExportWarning[],
  acknowledged: readonly string[] | undefined,
): ExportWarning[] {
  const done = new Set(acknowledged ?? []);
  return warnings.filter((warning) => !done.has(warning.id));
}

/**
 * The last line of defence (issue 13, item 6): the finished PDF's own text, read back with PDFium,
 * checked again by the same engine — word by word, since table cells and mixed-direction lines come
 * back in layout order. A hit means the PDF holds something the checks before printing did not
 * see, and nothing is written. So does an annotation, text drawn invisibly, or metadata that is not
 * ours.
 */
export async function assertPrintedPdfClean(printed: PrintedPdf, screen: ExportScreen, advice: string): Promise<void> {
  const redactor = await redactorFor(screen);
  const pages = printed.pages.map((text, i) => ({ where: `Page ${i + 1} of the printed PDF`, text }));
  const certain = redactor.scan(pages, { layout: true }).find((finding) => finding.certainty === 'certain');
  if (certain) throw refusal(certain, advice);
  const problem =
    printed.annotations > 0
      ? 'carries annotations'
      : printed.hiddenTextObjects > 0
        ? 'carries text that is not visible'
        : printed.info.Author !== '' || printed.info.Keywords !== '' || printed.info.Creator !== PDF_CREATOR
          ? 'carries metadata that Parley did not set'
          : null;
  if (problem) {
    throw new ParleyFault(
      'PDF_FAILED',
      `The printed PDF ${problem}, which a report must not. Nothing was written; try again.`,
    );
  }
}
