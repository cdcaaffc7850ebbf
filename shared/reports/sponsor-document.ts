import type { OvertonChartData } from '../charts/overton-data';
import type { TrustChartData } from '../charts/trust-data';
import type { Regime } from '../domain/session';
import type { SponsorSection, SponsorTextSection } from '../domain/report';

/**
 * The sanitized sponsor report as data (DOMAIN.md, "The sanitized sponsor report"): what main
 * prints to PDF and what the app's preview shows, from the same component. Every piece of text a
 * person typed is a `Slot`, so one traversal (`mapSlots`) reaches all of it in reading order — for
 * the redaction check, for the replacement of names, and for the highlights the preview shows.
 */

/** Why a piece of the printed text differs from what was typed, or needs a second look. */
export type ChangeReason =
  | 'participant-name'
  | 'speaker-code'
  | 'pseudonym'
  | 'contact'
  | 'affiliation'
  | 'possible-name'
  | 'reidentification'
  | 'coarsened'
  | 'small-count';

export const CHANGE_REASON_LABELS: Record<ChangeReason, string> = {
  'participant-name': 'participant name',
  'speaker-code': 'speaker code',
  pseudonym: 'pseudonym',
  contact: 'contact details',
  affiliation: 'sensitive affiliation',
  'possible-name': 'possible name — to confirm',
  reidentification: 're-identification risk — to confirm',
  coarsened: 'coarsened',
  'small-count': 'small count suppressed',
};

/** The short form a mark in the preview carries beside the text (the list of changes says it in full). */
export const MARK_LABELS: Record<ChangeReason, string> = {
  'participant-name': 'participant name',
  'speaker-code': 'speaker code',
  pseudonym: 'pseudonym',
  contact: 'contact',
  affiliation: 'affiliation',
  'possible-name': 'check: possible name',
  reidentification: 'check: re-identification',
  coarsened: 'coarsened',
  'small-count': 'suppressed',
};

/** A stretch of a slot's printed text (UTF-16 offsets) and why it is marked. */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly reason: ChangeReason;
  /** For a mark that is an open warning: the warning's id, to acknowledge it. */
  readonly warningId?: string;
}

/** A piece of text as it prints, with the marks the preview shows (none when printing). */
export interface Slot {
  readonly text: string;
  readonly marks: readonly TextMark[];
}

export const slot = (text: string, marks: readonly TextMark[] = []): Slot => ({ text, marks });

export interface SponsorSide {
  readonly id: string;
  readonly name: Slot;
}

export interface SponsorCount {
  readonly sideId: string;
  /** "5", "0", or "fewer than 3". */
  readonly shown: string;
  readonly suppressed: boolean;
}

export interface SponsorParticipation {
  /** False when no attendance was recorded: nothing is printed as a count. */
  readonly recorded: boolean;
  readonly counts: readonly SponsorCount[];
  /** Null when withheld (a small count could be worked out from it). */
  readonly total: string | null;
}

export interface SponsorMeeting {
  readonly number: number;
  readonly period: Slot;
  readonly venue: Slot;
  readonly risky: boolean;
  readonly regime: Regime;
  readonly participation: SponsorParticipation;
}

export interface SponsorOutcome {
  readonly description: Slot;
  readonly socialActor: Slot;
  /** The month it was observed ("March 2026"), never the day. */
  readonly observed: string | null;
  readonly contribution: Slot;
  readonly significance: Slot;
  readonly verifierRole: Slot;
  readonly substantiation: string;
}

export interface SponsorTransfer {
  readonly idea: Slot;
  readonly role: Slot;
  /** The side whose Track One the role belongs to, by id (its name is in `sides`). */
  readonly sideId: string | null;
  /** The month it was carried. */
  readonly carried: string;
  readonly channel: string;
  readonly response: string;
  readonly responseNotes: Slot;
}

export type SponsorReportSection =
  | { readonly key: SponsorTextSection; readonly body: Slot }
  | {
      readonly key: 'agreed-statements';
      readonly statements: readonly { readonly meeting: number; readonly text: Slot }[];
    }
  | {
      readonly key: 'session-points';
      readonly meetings: readonly { readonly meeting: number; readonly points: readonly Slot[] }[];
    }
  | { readonly key: 'trust-chart'; readonly chart: TrustChartData }
  | {
      readonly key: 'overton-chart';
      /** Option and topic titles, in the chart's order; the chart itself is drawn from `chart`. */
      readonly options: readonly { readonly optionId: string; readonly title: Slot; readonly topic: Slot }[];
      readonly chart: OvertonChartData;
    }
  | { readonly key: 'outcomes'; readonly outcomes: readonly SponsorOutcome[] }
  | { readonly key: 'transfers'; readonly transfers: readonly SponsorTransfer[] };

/** Why a section of the profile is not in the document. */
export type OmissionReason = 'left-out-by-profile' | 'nothing-written' | 'nothing-recorded';

export interface SponsorReportDocument {
  readonly codeName: Slot;
  /** "Meetings 1–3", "Meeting 4". */
  readonly meetingsLabel: string;
  /** The whole period the report covers (coarsened when a risky meeting is in it). */
  readonly period: Slot;
  readonly regimes: readonly Regime[];
  /** The small-cell threshold k. */
  readonly minCount: number;
  /** The month the report was prepared in ("May 2026"). */
  readonly preparedIn: string;
  readonly sides: readonly SponsorSide[];
  readonly meetings: readonly SponsorMeeting[];
  /** Different people across all meetings, per side. */
  readonly participants: SponsorParticipation;
  /** Sections in print order; those with nothing in them are left out and listed in `omitted`. */
  readonly sections: readonly SponsorReportSection[];
  readonly omitted: readonly { readonly key: SponsorSection; readonly reason: OmissionReason }[];
}

/**
 * Calls `visit` on every slot of the document in reading order, with where it is, and returns the
 * document with each slot replaced by what `visit` returned. The one traversal every use shares:
 * nothing typed can be checked, replaced or highlighted in one place and missed in another.
 */
export function mapSlots(
  doc: SponsorReportDocument,
  visit: (value: Slot, where: string) => Slot,
): SponsorReportDocument {
  const codeName = visit(doc.codeName, 'The dialogue’s code name');
  const sides = doc.sides.map((side, i) => ({ ...side, name: visit(side.name, `The name of side ${i + 1}`) }));
  const meetings = doc.meetings.map((meeting) => ({
    ...meeting,
    venue: visit(meeting.venue, `Meeting ${meeting.number}, the venue`),
  }));
  const sections = doc.sections.map((section): SponsorReportSection => {
    switch (section.key) {
      case 'agreed-statements':
        return {
          ...section,
          statements: section.statements.map((statement, i) => ({
            ...statement,
            text: visit(statement.text, `Agreed statement ${i + 1} (meeting ${statement.meeting})`),
          })),
        };
      case 'session-points':
        return {
          ...section,
          meetings: section.meetings.map((meeting) => ({
            ...meeting,
            points: meeting.points.map((point, i) => visit(point, `Meeting ${meeting.meeting}, point ${i + 1}`)),
          })),
        };
      case 'trust-chart':
        return section;
      case 'overton-chart':
        return {
          ...section,
          options: section.options.map((option, i) => ({
            ...option,
            topic: visit(option.topic, `Options chart, the topic of option ${i + 1}`),
            title: visit(option.title, `Options chart, option ${i + 1}`),
          })),
        };
      case 'outcomes':
        return {
          ...section,
          outcomes: section.outcomes.map((outcome, i) => {
            const at = (field: string) => `Outcome ${i + 1}, ${field}`;
            return {
              ...outcome,
              description: visit(outcome.description, at('the outcome')),
              socialActor: visit(outcome.socialActor, at('who changed')),
              contribution: visit(outcome.contribution, at('the contribution')),
              significance: visit(outcome.significance, at('its significance')),
              verifierRole: visit(outcome.verifierRole, at('who verified it')),
            };
          }),
        };
      case 'transfers':
        return {
          ...section,
          transfers: section.transfers.map((transfer, i) => {
            const at = (field: string) => `Idea carried ${i + 1}, ${field}`;
            return {
              ...transfer,
              idea: visit(transfer.idea, at('the idea')),
              role: visit(transfer.role, at('the role')),
              responseNotes: visit(transfer.responseNotes, at('the response')),
            };
          }),
        };
      default:
        return { ...section, body: visit(section.body, SECTION_WHERE[section.key]) };
    }
  });
  return { ...doc, codeName, sides, meetings, sections };
}

const SECTION_WHERE: Record<SponsorTextSection, string> = {
  themes: 'The section “Themes”',
  convergence: 'The section “Where views converged”',
  divergence: 'The section “Where views diverged”',
  'new-options': 'The section “New options”',
  process: 'The section “Process results”',
  relationships: 'The section “Relationship results”',
  risks: 'The section “Risks and do-no-harm”',
  'next-steps': 'The section “Next steps”',
};

/** Every slot's text with where it is, in reading order (what the redaction check reads). */
export function slotTexts(doc: SponsorReportDocument): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  mapSlots(doc, (value, where) => {
    texts.push({ where, text: value.text });
    return value;
  });
  return texts;
}

/** The same document with every slot's text taken, in order, from `texts` (marks dropped). */
export function withSlotTexts(doc: SponsorReportDocument, texts: readonly string[]): SponsorReportDocument {
  let index = 0;
  return mapSlots(doc, () => slot(texts[index++] ?? ''));
}
