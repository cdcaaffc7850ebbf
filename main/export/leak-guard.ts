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

/**
 * Engines kept for the rosters exported lately. Making one folds and indexes every term (tens of
 * milliseconds for a thousand participants), and a dialogue is exported again and again with the
 * same roster: the check before printing, the one after, the next export. Each export still reads
 * its terms and phrases afresh from the workspace; a kept engine serves it only when they are
 * exactly the ones it was made from — same terms, values, owners and sides, in the same order
 * (findings point into the list), same known-safe phrases. Any change to the roster or the phrases
 * makes a new engine, so a kept one can never check a document against a roster that is no longer
 * the dialogue's. A few are kept (several dialogues in one sitting), the least recently used goes
 * first, and all are dropped when the workspace locks or a participant is purged
 * (`forgetRedactionEngines`): no roster outlives its workspace in memory.
 */
const KEPT_ENGINES = 4;

interface KeptEngine {
  readonly terms: readonly SensitiveTerm[];
  readonly safePhrases: readonly string[];
  readonly redactor: Promise<Redactor>;
}

let kept: KeptEngine[] = [];

/** Every field of each term equal, in the same order: what the engine was made from, exactly. */
function sameTerms(a: readonly SensitiveTerm[], b: readonly SensitiveTerm[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    // Field by field, whatever fields a term has, so a field added later is compared too.
    const fields = Object.keys(x) as (keyof SensitiveTerm)[];
    if (fields.length !== Object.keys(y).length || fields.some((field) => x[field] !== y[field])) return false;
  }
  return true;
}

const samePhrases = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((phrase, i) => phrase === b[i]);

/** The engine for a screen: kept from an earlier export of exactly the same roster and phrases, or made now. */
export function redactorFor(screen: ExportScreen): Promise<Redactor> {
  const index = kept.findIndex(
    (engine) => sameTerms(engine.terms, screen.terms) && samePhrases(engine.safePhrases, screen.safePhrases),
  );
  if (index >= 0) {
    const engine = kept[index]!;
    kept = [engine, ...kept.slice(0, index), ...kept.slice(index + 1)];
    return engine.redactor;
  }
  // Copies: the engine must stay tied to what it was made from even if a caller reuses its arrays.
  const terms = screen.terms.map((term) => ({ ...term }));
  const safePhrases = [...screen.safePhrases];
  const redactor = loadRedactionLexicon().then((lexicon) => createRedactor(terms, { lexicon, safePhrases }));
  const engine: KeptEngine = { terms, safePhrases, redactor };
  kept = [engine, ...kept].slice(0, KEPT_ENGINES);
  redactor.catch(() => (kept = kept.filter((other) => other !== engine)));
  return redactor;
}

/** Drops every kept engine (and the roster terms in it): on lock, and when a participant is purged. */
export function forgetRedactionEngines(): void {
  kept = [];
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
