import { diffChars } from 'diff';
import type { ExportWarning } from '../../../shared/contract';
import type { NameReplacement } from '../../../shared/domain/report';
import type { Finding, SensitiveTermKind } from '../../../shared/redaction';
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

/**
 * Where each offset of `before` ended up in `after`: exact wherever the text around it is
 * unchanged, and at the edge of the change where it was replaced.
 */
function offsetMap(before: string, after: string): (offset: number) => number {
  const stops: { from: number; to: number; kept: boolean; length: number }[] = [];
  let from = 0;
  let to = 0;
  for (const change of diffChars(before, after)) {
    const length = change.value.length;
    if (change.added) {
      to += length;
    } else if (change.removed) {
      stops.push({ from, to, kept: false, length });
      from += length;
    } else {
      stops.push({ from, to, kept: true, length });
      from += length;
      to += length;
    }
  }
  return (offset) => {
    for (const stop of stops) {
      if (offset < stop.from + stop.length || (offset === stop.from + stop.length && !stop.kept)) {
        return stop.kept ? stop.to + (offset - stop.from) : stop.to;
      }
    }
    return to;
  };
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
  const out = certain.length > 0 ? redactor.replace(blocks, certain, style) : blocks;

  const byBlock = new Map<number, Finding[]>();
  for (const finding of certain) {
    for (const part of finding.parts) byBlock.set(part.block, [...(byBlock.get(part.block) ?? []), finding]);
  }
  const replaced: { where: string; reason: ChangeReason }[] = certain.map((finding) => ({
    where: finding.where,
    reason: REASON_OF[finding.kind],
  }));

  let index = 0;
  const document = mapSlots(doc, (value) => {
    const i = index++;
    const text = out[i]!.text;
    const findings = byBlock.get(i);
    if (!findings) return slot(text, value.marks);
    const map = offsetMap(blocks[i]!.text, text);
    const marks: TextMark[] = value.marks.map((mark) => ({ ...mark, start: map(mark.start), end: map(mark.end) }));
    for (const finding of findings) {
      for (const part of finding.parts.filter((p) => p.block === i)) {
        marks.push({ start: map(part.start), end: map(part.end), reason: REASON_OF[finding.kind] });
      }
    }
    return slot(text, mergeMarks(marks));
  });
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
