import { z } from 'zod';
import type { AgendaWarning, DayTiming } from '../agenda/timing';
import { AGENDA_ITEM_KINDS, AGENDA_LIMITS, BUILT_IN_TEMPLATE_IDS, REGIMES } from '../domain/session';
import type { AgendaItemKind, Regime } from '../domain/session';
import { Id, label, text } from './fields';
import { as, method } from './method';

export interface TopicView {
  readonly id: string;
  readonly title: string;
}

/** Who leads an item. A participant appears by speaker code only: never a name, in any view. */
export type LeadView =
  | { readonly kind: 'none' }
  | { readonly kind: 'facilitator' }
  | {
      readonly kind: 'participant';
      /** Null once the participant was purged. */
      readonly participantId: string | null;
      readonly speakerCode: string | null;
    };

export interface AgendaItemView {
  readonly id: string;
  readonly sessionId: string;
  /** 0-based, dense across the whole session. */
  readonly position: number;
  /** 0-based calendar day of the session. */
  readonly day: number;
  readonly kind: AgendaItemKind;
  readonly title: string;
  readonly plannedMinutes: number;
  /** Minutes added in the room; the plan (plannedMinutes) is kept for comparison. */
  readonly extraMinutes: number;
  readonly lead: LeadView;
  readonly notes: string;
  readonly topics: readonly TopicView[];
  /** The item's own regime, or null to follow the session's. */
  readonly regime: Regime | null;
  readonly effectiveRegime: Regime;
  /** For a caucus: the side it meets with (null if that party was removed). */
  readonly caucusParty: { readonly id: string; readonly name: string } | null;
  /** Planned instants (ISO), computed from the session start and the durations before it. */
  readonly plannedStart: string;
  readonly plannedEnd: string;
  /** The same on the venue's clocks, `HH:mm`. */
  readonly localStart: string;
  readonly localEnd: string;
  /** Recorded in live mode. */
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
}

/**
 * The agenda read model: everything an agenda screen, live mode or an agenda PDF needs, with times
 * already computed on the venue's clocks and leads as codes or roles. Contains no participant name.
 */
export interface AgendaView {
  readonly session: {
    readonly id: string;
    readonly dialogueId: string;
    readonly number: number;
    readonly title: string;
    readonly startsAt: string;
    readonly endsAt: string;
    readonly timeZone: string;
    readonly dailyStartTime: string;
    readonly dailyEndTime: string;
    readonly regime: Regime;
    readonly venue: {
      readonly id: string;
      readonly name: string;
      readonly city: string;
      readonly country: string;
    } | null;
  };
  readonly dayCount: number;
  readonly days: readonly DayTiming[];
  readonly items: readonly AgendaItemView[];
  readonly warnings: readonly AgendaWarning[];
  readonly plannedMinutes: number;
  /** The item live mode is running, if any. */
  readonly runningItemId: string | null;
}

export interface TemplateItemView {
  readonly day: number;
  readonly kind: AgendaItemKind;
  readonly title: string;
  readonly plannedMinutes: number;
  /** Templates carry no people: a lead is the facilitator or nobody. */
  readonly lead: 'none' | 'facilitator';
  readonly notes: string;
  readonly regime: Regime | null;
  /** For a caucus: the party's place in the dialogue's list (0 = first side). */
  readonly caucusPartyPosition: number | null;
}

export interface AgendaTemplateView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly builtIn: boolean;
  readonly items: readonly TemplateItemView[];
}

const Minutes = z
  .number({ message: 'Must be a number of minutes.' })
  .int({ message: 'Must be a whole number of minutes.' })
  .min(AGENDA_LIMITS.minItemMinutes, { message: `At least ${AGENDA_LIMITS.minItemMinutes} minute.` })
  .max(AGENDA_LIMITS.maxItemMinutes, {
    message: `At most ${AGENDA_LIMITS.maxItemMinutes} minutes (12 hours) for one item.`,
  });

const Day = z
  .number()
  .int({ message: 'Must be a whole day.' })
  .min(0, { message: 'Days start at 0 (the first day).' })
  .max(AGENDA_LIMITS.maxSessionDays - 1, { message: `A session has at most ${AGENDA_LIMITS.maxSessionDays} days.` });

export const LeadInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z.object({ kind: z.literal('facilitator') }).strict(),
  z.object({ kind: z.literal('participant'), participantId: Id }).strict(),
]);

/** How much each free text of an agenda holds (a purge that rewrites one keeps within it). */
export const AGENDA_TEXT_LIMITS = {
  topicTitle: 120,
  itemTitle: 200,
  itemNotes: 5_000,
  templateName: 120,
  templateDescription: 500,
} as const;

const TopicTitle = label(AGENDA_TEXT_LIMITS.topicTitle);
const Topics = z
  .array(TopicTitle)
  .max(AGENDA_LIMITS.maxTopicsPerItem, { message: `${AGENDA_LIMITS.maxTopicsPerItem} topics at most per item.` });

const ItemFields = {
  kind: z.enum(AGENDA_ITEM_KINDS),
  title: label(AGENDA_TEXT_LIMITS.itemTitle),
  plannedMinutes: Minutes,
  day: Day,
  lead: LeadInput,
  notes: text({ max: AGENDA_TEXT_LIMITS.itemNotes, multiline: true }),
  topics: Topics,
  regime: z.enum(REGIMES).nullable(),
  caucusPartyId: Id.nullable(),
};

export const TemplateId = z.union([Id, z.enum(BUILT_IN_TEMPLATE_IDS)], { message: 'Not a valid template id.' });

const agendaErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;
const itemErrors = ['CAUCUS_PARTY_REQUIRED', 'PARTY_NOT_FOUND', 'PARTICIPANT_NOT_FOUND'] as const;

export const agendaContract = {
  'agenda.get': method({
    input: z.object({ sessionId: Id }).strict(),
    output: as<AgendaView>(),
    errors: [...agendaErrors, 'SESSION_NOT_FOUND'],
  }),
  /**
   * Adds an item at the end of its day (the last day used, by default), or at `index` when given.
   * Topics are titles: new ones are created in the dialogue, known ones reused (case and accents
   * ignored).
   */
  'agenda.add': method({
    input: z
      .object({
        sessionId: Id,
        kind: ItemFields.kind,
        title: ItemFields.title,
        plannedMinutes: ItemFields.plannedMinutes,
        day: ItemFields.day.optional(),
        index: z.number().int().min(0).optional(),
        lead: ItemFields.lead.default({ kind: 'none' }),
        notes: ItemFields.notes.default(''),
        topics: ItemFields.topics.default([]),
        regime: ItemFields.regime.default(null),
        caucusPartyId: ItemFields.caucusPartyId.default(null),
      })
      .strict(),
    output: as<{ readonly itemId: string; readonly agenda: AgendaView }>(),
    errors: [...agendaErrors, ...itemErrors, 'SESSION_NOT_FOUND', 'AGENDA_FULL', 'INVALID_MOVE'],
  }),
  /** Changes the fields given. Changing `kind` away from caucus drops the caucus party. */
  'agenda.update': method({
    input: z
      .object({
        id: Id,
        kind: ItemFields.kind.optional(),
        title: ItemFields.title.optional(),
        plannedMinutes: ItemFields.plannedMinutes.optional(),
        lead: ItemFields.lead.optional(),
        notes: ItemFields.notes.optional(),
        topics: ItemFields.topics.optional(),
        regime: ItemFields.regime.optional(),
        caucusPartyId: ItemFields.caucusPartyId.optional(),
      })
      .strict(),
    output: as<AgendaView>(),
    errors: [...agendaErrors, ...itemErrors, 'AGENDA_ITEM_NOT_FOUND'],
  }),
  'agenda.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<AgendaView>(),
    errors: [...agendaErrors, 'AGENDA_ITEM_NOT_FOUND', 'AGENDA_ITEM_HAS_NOTES', 'EXERCISE_RUN_RECORDED'],
  }),
  /**
   * Moves an item to `toIndex` (0-based, in the resulting order) and optionally to day `toDay`.
   * Drag-and-drop and Alt+↑/↓ both end here; one transaction, positions stay 0…n−1.
   */
  'agenda.move': method({
    input: z.object({ id: Id, toIndex: z.number().int().min(0), toDay: ItemFields.day.optional() }).strict(),
    output: as<AgendaView>(),
    errors: [...agendaErrors, 'AGENDA_ITEM_NOT_FOUND', 'INVALID_MOVE'],
  }),
  /** Appends a template's items after the agenda's last day (or replaces an agenda never run). */
  'agenda.applyTemplate': method({
    input: z.object({ sessionId: Id, templateId: TemplateId, replace: z.boolean().default(false) }).strict(),
    output: as<AgendaView>(),
    errors: [
      ...agendaErrors,
      'SESSION_NOT_FOUND',
      'TEMPLATE_NOT_FOUND',
      'AGENDA_FULL',
      'AGENDA_HAS_RUN',
      'PARTY_NOT_FOUND',
    ],
  }),
  /** Saves the session's agenda as a template; participants leading items are not kept. */
  'agenda.saveTemplate': method({
    input: z
      .object({
        sessionId: Id,
        name: label(AGENDA_TEXT_LIMITS.templateName),
        description: text({ max: AGENDA_TEXT_LIMITS.templateDescription })
          .transform((s) => s.trim())
          .default(''),
      })
      .strict(),
    output: as<AgendaTemplateView>(),
    errors: [...agendaErrors, 'SESSION_NOT_FOUND', 'AGENDA_EMPTY', 'TEMPLATE_NAME_TAKEN'],
  }),
  /** Built-in templates first, then the facilitator's own by name. */
  'agenda.templates': method({
    input: z.object({}).strict(),
    output: as<readonly AgendaTemplateView[]>(),
    errors: [...agendaErrors],
  }),
  'agenda.deleteTemplate': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...agendaErrors, 'TEMPLATE_NOT_FOUND'],
  }),
  /** The dialogue's topics, for suggestions while linking items. */
  'agenda.topics': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly TopicView[]>(),
    errors: [...agendaErrors, 'DIALOGUE_NOT_FOUND'],
  }),
};
