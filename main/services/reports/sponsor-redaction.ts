import type { ExportWarning } from '../../../shared/contract';
import type { NameReplacement } from '../../../shared/domain/report';
import {
  replaceFindings,
  type DocumentBlock,
  type Finding,
  type Redactor,
  type SensitiveTermKind,
} from '../../../shared/redaction';
import {
  mapSlots,
  slot,
  slotTexts,
  type ChangeReason,
  type Slot,
  type SponsorReportDocument,
  type TextMark,
} from '../../../shared/reports/sponsor-document';
import { redactorFor, type ExportedText, type ExportScreen, type LocatedWarning } from '../../export/leak-guard';

const REASON_OF: Record<SensitiveTermKind, ChangeReason> = {
  name: 'participant-name',
  alias: 'participant-name',
  email: 'contact',
  phone: 'contact',
  affiliation: 'affiliation',
  'speaker-code': 'speaker-code',
  pseudonym: 'pseudonym',
};

/** Marks where a replacement ends, while the text is put together; it never reaches a document. */
const END = '\uE000';

/**
 * What the engine puts in place of a finding ("a participant", "a participant from Side A",
 * "(contact details removed)", or nothing), asked of the engine itself on the finding's own words
 * behind a neutral word — so it is neither capitalised nor merged with what surrounds it.
 */
function replacementOf(redactor: Redactor, blocks: readonly DocumentBlock[], finding: Finding, style: NameReplacement) {
  const part = finding.parts[0]!;
  const words = blocks[part.block]!.text.slice(part.start, part.end);
  const lead = 'x ';
  const [alone] = redactor.replace(
    [{ where: finding.where, text: lead + words }],
    [{ ...finding, parts: [{ block: 0, start: lead.length, end: lead.length + words.length }] }],
    style,
  );
  return alone!.text.slice(lead.length);
}

export interface RedactedSponsorReport {
  /** The document as it prints: every certain finding replaced, each replacement marked with its reason. */
  readonly document: SponsorReportDocument;
  /** Its text in reading order, for the check before printing (warnings). */
  readonly texts: readonly ExportedText[];
  /** One entry per replacement, in reading order: where, and why (never the words). */
  readonly replaced: readonly { readonly where: string; readonly reason: ChangeReason }[];
}

/**
 * The sponsor report with what identifies a participant replaced before any HTML is made (issue
 * 13): the engine reads every slot in reading order; each certain finding (a name, alias,
 * contact, sensitive affiliation, speaker code or pseudonym, however disguised) is replaced as the
 * profile says — "a participant", "a participant from Side A", or nothing. What is only likely
 * stays, for the facilitator to confirm as a warning.
 */
export async function redactSponsorReport(
  doc: SponsorReportDocument,
  screen: ExportScreen,
  style: NameReplacement,
): Promise<RedactedSponsorReport> {
  const redactor = await redactorFor(screen);
  const blocks = slotTexts(doc);
  const certain = redactor.scan(blocks).filter((finding) => finding.certainty === 'certain');
  if (certain.length === 0) return { document: doc, texts: blocks, replaced: [] };

  // The engine's own replacement for each finding, followed by a marker so the preview knows where it ends.
  const replacements = new Map(certain.map((finding) => [finding, replacementOf(redactor, blocks, finding, style)]));
  const marked = replaceFindings(blocks, certain, (finding) => replacements.get(finding)! + END);
  const reasons = new Map<number, ChangeReason[]>();
  for (const finding of certain) {
    const block = finding.parts[0]!.block;
    reasons.set(block, [...(reasons.get(block) ?? []), REASON_OF[finding.kind]]);
  }

  const out: ExportedText[] = [];
  let index = 0;
  const document = mapSlots(doc, (value) => {
    const i = index++;
    const kinds = reasons.get(i);
    if (!kinds) {
      // Untouched, or the second half of a name split across two places (removed there).
      out.push(marked[i]!);
      return marked[i]!.text === value.text ? value : slot(marked[i]!.text);
    }
    // Findings come in reading order, so the markers do too.
    const sorted = certain.filter((finding) => finding.parts[0]!.block === i);
    let text = '';
    const marks: TextMark[] = [];
    const pieces = marked[i]!.text.split(END);
    pieces.forEach((piece, n) => {
      if (n === pieces.length - 1) {
        text += piece;
        return;
      }
      const replacement = replacements.get(sorted[n]!)!;
      let before = piece.slice(0, piece.length - replacement.length);
      // With nothing in its place, the words' space is not kept twice.
      if (replacement === '' && before.endsWith(' ') && pieces[n + 1]!.startsWith(' ')) before = before.slice(0, -1);
      text += before;
      marks.push({ start: text.length, end: text.length + replacement.length, reason: REASON_OF[sorted[n]!.kind] });
      text += piece.slice(piece.length - replacement.length);
    });
    out.push({ where: blocks[i]!.where, text });
    // A whole-text mark ("coarsened") stays around the changed text, cut where a name was replaced.
    const kept = value.marks.map((mark) =>
      mark.start === 0 && mark.end === value.text.length ? { ...mark, end: text.length } : mark,
    );
    return slot(text, mergeMarks([...kept, ...marks]));
  });
  const replaced = certain.map((finding) => ({ where: finding.where, reason: REASON_OF[finding.kind] }));
  return { document, texts: out, replaced };
}

/**
 * Marks sorted and without overlaps. A mark inside a wider "coarsened" one (a name in a risky
 * session's venue description) cuts it in two, so the more telling reason shows; otherwise the
 * first of two overlapping marks keeps its reason.
 */
function mergeMarks(marks: readonly TextMark[]): TextMark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextMark[] = [];
  for (const mark of sorted) {
    const last = merged.at(-1);
    if (last && mark.start < last.end) {
      if (last.reason === 'coarsened' && mark.reason !== 'coarsened') {
        merged.pop();
        if (mark.start > last.start) merged.push({ ...last, end: mark.start });
        merged.push(mark);
        if (last.end > mark.end) merged.push({ ...last, start: mark.end });
      } else if (mark.end > last.end) {
        merged[merged.length - 1] = { ...last, end: mark.end };
      }
      continue;
    }
    merged.push(mark);
  }
  return merged;
}

const WARNING_REASON = (kind: ExportWarning['kind']): ChangeReason =>
  kind === 'rare-descriptor' ||
  kind === 'singling-out' ||
  kind === 'age' ||
  kind === 'home-town' ||
  kind === 'small-side'
    ? 'reidentification'
    : 'possible-name';

/** The document with each open warning marked where it is, carrying its id for the acknowledge button. */
export function markWarnings(doc: SponsorReportDocument, warnings: readonly LocatedWarning[]): SponsorReportDocument {
  const byBlock = new Map<number, TextMark[]>();
  for (const warning of warnings) {
    for (const part of warning.parts) {
      const list = byBlock.get(part.block) ?? [];
      list.push({ start: part.start, end: part.end, reason: WARNING_REASON(warning.kind), warningId: warning.id });
      byBlock.set(part.block, list);
    }
  }
  let index = 0;
  return mapSlots(doc, (value: Slot) => {
    const marks = byBlock.get(index++);
    return marks ? slot(value.text, mergeMarks([...value.marks, ...marks])) : value;
  });
}

export { WARNING_REASON as warningReason };
