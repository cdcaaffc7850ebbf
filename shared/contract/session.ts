import { z } from 'zod';
import { AGENDA_LIMITS, ATTENDANCE_STATUSES, DEFAULT_REGIME, REGIMES } from '../domain/session';
import type { AttendanceStatus, Regime } from '../domain/session';
import { Id, IsoDate, text } from './fields';
import { as, method } from './method';
import { LocalDateTime, TimeOfDay, TimeZone } from './time-fields';
import type { VenueView } from './venue';

export interface SessionView {
  readonly id: string;
  readonly dialogueId: string;
  /** Unique within the dialogue: "session 3". */
  readonly number: number;
  readonly title: string;
  /** Instants (ISO, UTC). */
  readonly startsAt: string;
  readonly endsAt: string;
  /** The venue's IANA zone; all wall-clock times of the session are on its clocks. */
  readonly timeZone: string;
  /** The same instants on the venue's clocks, `YYYY-MM-DDTHH:mm`, as forms show them. */
  readonly startsLocal: string;
  readonly endsLocal: string;
  /** `HH:mm`: when days after the first begin and days before the last end. */
  readonly dailyStartTime: string;
  readonly dailyEndTime: string;
  readonly dayCount: number;
  readonly venue: VenueView | null;
  readonly objectives: string;
  /** The session's default confidentiality regime; agenda items may override it. */
  readonly regime: Regime;
  readonly outcomeSummary: string;
  /** After-care check-in with participants, a calendar date. */
  readonly aftercareOn: string | null;
  readonly itemCount: number;
  readonly plannedMinutes: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A participant of the dialogue and their attendance at one session (null: not invited). */
export interface AttendanceView {
  readonly participantId: string;
  readonly partyId: string;
  /** How the room and every export refer to the participant. */
  readonly speakerCode: string | null;
  readonly pseudonym: string | null;
  readonly status: AttendanceStatus | null;
}

/** How much each free text of a session holds (a purge that rewrites one keeps within it). */
export const SESSION_TEXT_LIMITS = { title: 200, objectives: 20_000, outcomeSummary: 20_000 } as const;

const SessionFields = {
  number: z
    .number()
    .int({ message: 'Must be a whole number.' })
    .min(1, { message: 'Session numbers start at 1.' })
    .max(AGENDA_LIMITS.maxSessionNumber, { message: `At most ${AGENDA_LIMITS.maxSessionNumber}.` }),
  title: text({ max: SESSION_TEXT_LIMITS.title }).transform((s) => s.trim()),
  startsAt: LocalDateTime,
  endsAt: LocalDateTime,
  timeZone: TimeZone,
  venueId: Id.nullable(),
  objectives: text({ max: SESSION_TEXT_LIMITS.objectives, multiline: true }),
  regime: z.enum(REGIMES),
  outcomeSummary: text({ max: SESSION_TEXT_LIMITS.outcomeSummary, multiline: true }),
  aftercareOn: IsoDate.nullable(),
  dailyStartTime: TimeOfDay,
  dailyEndTime: TimeOfDay,
};

const sessionErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;
const timeErrors = ['END_BEFORE_START', 'SESSION_TOO_LONG', 'TIME_ZONE_REQUIRED'] as const;

export const sessionContract = {
  /**
   * Times are typed as the venue's clocks show them (`startsAt: '2026-05-14T09:00'`) in
   * `timeZone`, which defaults to the venue's zone. Without `number`, the next free one is used.
   */
  'session.create': method({
    input: z
      .object({
        dialogueId: Id,
        number: SessionFields.number.optional(),
        title: SessionFields.title.default(''),
        startsAt: SessionFields.startsAt,
        endsAt: SessionFields.endsAt,
        timeZone: SessionFields.timeZone.optional(),
        venueId: SessionFields.venueId.default(null),
        objectives: SessionFields.objectives.default(''),
        regime: SessionFields.regime.default(DEFAULT_REGIME),
        outcomeSummary: SessionFields.outcomeSummary.default(''),
        aftercareOn: SessionFields.aftercareOn.default(null),
        dailyStartTime: SessionFields.dailyStartTime.default('09:00'),
        dailyEndTime: SessionFields.dailyEndTime.default('18:00'),
      })
      .strict(),
    output: as<SessionView>(),
    errors: [...sessionErrors, ...timeErrors, 'DIALOGUE_NOT_FOUND', 'VENUE_NOT_FOUND', 'SESSION_NUMBER_TAKEN'],
  }),
  /**
   * Changing only `timeZone` keeps the wall-clock times (09:00 stays 09:00 at the venue) and moves
   * the instants; changing the venue does not change the zone unless `timeZone` is given.
   */
  'session.update': method({
    input: z
      .object({
        id: Id,
        number: SessionFields.number.optional(),
        title: SessionFields.title.optional(),
        startsAt: SessionFields.startsAt.optional(),
        endsAt: SessionFields.endsAt.optional(),
        timeZone: SessionFields.timeZone.optional(),
        venueId: SessionFields.venueId.optional(),
        objectives: SessionFields.objectives.optional(),
        regime: SessionFields.regime.optional(),
        outcomeSummary: SessionFields.outcomeSummary.optional(),
        aftercareOn: SessionFields.aftercareOn.optional(),
        dailyStartTime: SessionFields.dailyStartTime.optional(),
        dailyEndTime: SessionFields.dailyEndTime.optional(),
      })
      .strict(),
    output: as<SessionView>(),
    errors: [...sessionErrors, ...timeErrors, 'SESSION_NOT_FOUND', 'VENUE_NOT_FOUND', 'SESSION_NUMBER_TAKEN'],
  }),
  'session.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<SessionView>(),
    errors: [...sessionErrors, 'SESSION_NOT_FOUND'],
  }),
  /** A dialogue's sessions in time order. */
  'session.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly SessionView[]>(),
    errors: [...sessionErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Removes the session with its agenda and attendance. Refused while notes belong to it. */
  'session.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...sessionErrors, 'SESSION_NOT_FOUND', 'SESSION_HAS_NOTES', 'SESSION_HAS_TRUST_RECORDS'],
  }),
  /** Every participant of the dialogue, with their attendance at this session. */
  'session.attendance': method({
    input: z.object({ sessionId: Id }).strict(),
    output: as<readonly AttendanceView[]>(),
    errors: [...sessionErrors, 'SESSION_NOT_FOUND'],
  }),
  /** Sets (or with `status: null` clears) attendance for the participants named; others are untouched. */
  'session.setAttendance': method({
    input: z
      .object({
        sessionId: Id,
        entries: z
          .array(z.object({ participantId: Id, status: z.enum(ATTENDANCE_STATUSES).nullable() }).strict())
          .min(1, { message: 'Name at least one participant.' })
          .max(1_000, { message: '1,000 participants at most in one change.' })
          .refine((entries) => new Set(entries.map((entry) => entry.participantId)).size === entries.length, {
            message: 'A participant is named twice.',
          }),
      })
      .strict(),
    output: as<readonly AttendanceView[]>(),
    errors: [...sessionErrors, 'SESSION_NOT_FOUND', 'PARTICIPANT_NOT_FOUND'],
  }),
};
