import { z } from 'zod';
import { CHECK_IN_CHANNELS, TRUST_LIMITS, type CheckInChannel, type CheckInState } from '../domain/trust';
import { Id, IsoDate, text } from './fields';
import { as, method } from './method';

/** A participant as after-care shows them: by speaker code and pseudonym, never by name. */
export interface CheckInPersonView {
  readonly participantId: string;
  /** Null once purged (they then have no check-ins either). */
  readonly speakerCode: string | null;
  readonly pseudonym: string;
  readonly partyId: string;
}

export interface CheckInView {
  readonly id: string;
  readonly dialogueId: string;
  readonly person: CheckInPersonView;
  /** The session it follows, if any. */
  readonly sessionId: string | null;
  readonly sessionNumber: number | null;
  readonly dueOn: string;
  readonly doneOn: string | null;
  readonly channel: CheckInChannel | null;
  readonly concern: string;
  readonly followUp: string;
  /** Relative to the `today` of the request. */
  readonly state: CheckInState;
  readonly updatedAt: string;
}

/** A dialogue's after-care: who can be checked on, its sessions, and every check-in (soonest first). */
export interface AftercareBoardView {
  readonly dialogueId: string;
  readonly today: string;
  readonly people: readonly CheckInPersonView[];
  readonly sessions: readonly { readonly id: string; readonly number: number; readonly title: string }[];
  readonly checkIns: readonly CheckInView[];
}

/** Check-ins that need doing, per open dialogue: what the dialogue overview shows. */
export interface DueCheckInsView {
  readonly today: string;
  readonly dialogues: readonly {
    readonly dialogueId: string;
    readonly codeName: string;
    readonly overdue: readonly CheckInView[];
    readonly dueSoon: readonly CheckInView[];
  }[];
}

/** The renderer's calendar day (the laptop's), so "overdue" means what the facilitator sees. */
const Today = IsoDate.optional();

const careErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;

export const aftercareContract = {
  'aftercare.board': method({
    input: z.object({ dialogueId: Id, today: Today }).strict(),
    output: as<AftercareBoardView>(),
    errors: [...careErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Overdue and due-soon check-ins of every open dialogue. */
  'aftercare.due': method({
    input: z.object({ today: Today }).strict(),
    output: as<DueCheckInsView>(),
    errors: [...careErrors],
  }),
  /** Creates the check-in, or updates it when `id` exists (the form makes the id). */
  'aftercare.save': method({
    input: z
      .object({
        id: Id,
        dialogueId: Id,
        participantId: Id,
        sessionId: Id.nullable().default(null),
        dueOn: IsoDate,
        doneOn: IsoDate.nullable().default(null),
        channel: z.enum(CHECK_IN_CHANNELS).nullable().default(null),
        concern: text({ max: TRUST_LIMITS.concernChars, multiline: true })
          .transform((s) => s.trim())
          .default(''),
        followUp: text({ max: TRUST_LIMITS.followUpChars, multiline: true })
          .transform((s) => s.trim())
          .default(''),
        today: Today,
      })
      .strict(),
    output: as<CheckInView>(),
    errors: [...careErrors, 'DIALOGUE_NOT_FOUND', 'PARTICIPANT_NOT_FOUND', 'SESSION_NOT_FOUND'],
  }),
  /**
   * One check-in for everyone who attended the session and has none for it yet, due on `dueOn`
   * (the session's after-care date by default). Returns the check-ins made.
   */
  'aftercare.scheduleForSession': method({
    input: z.object({ sessionId: Id, dueOn: IsoDate.optional(), today: Today }).strict(),
    output: as<readonly CheckInView[]>(),
    errors: [...careErrors, 'SESSION_NOT_FOUND', 'AFTERCARE_DATE_REQUIRED', 'NOBODY_ATTENDED'],
  }),
  'aftercare.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...careErrors, 'CHECK_IN_NOT_FOUND'],
  }),
};
