import { z } from 'zod';
import {
  OVERTON_LEVELS,
  TRUST_INDICATORS,
  TRUST_LIMITS,
  type OvertonLevel,
  type TrustIndicator,
  type TrustRating,
} from '../domain/trust';
import { Id, label, text } from './fields';
import { as, method } from './method';
import type { SideView } from './party';

/** A session as the charts place it on their axis. */
export interface SessionPointView {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly startsAt: string;
}

/** Two sides, in the dialogue's order; `key` is `<first id>:<second id>`. */
export interface SidePairView {
  readonly key: string;
  readonly partyAId: string;
  readonly partyBId: string;
}

export interface TrustReadingView {
  readonly sessionId: string;
  /** The pair in the dialogue's order, whatever order it was recorded in. */
  readonly partyAId: string;
  readonly partyBId: string;
  readonly rating: TrustRating;
  readonly indicators: readonly TrustIndicator[];
  readonly rationale: string;
  readonly updatedAt: string;
}

/** Everything the trust chart and its table need, for one dialogue. */
export interface TrustBoardView {
  readonly dialogueId: string;
  readonly sides: readonly SideView[];
  readonly pairs: readonly SidePairView[];
  /** In time order. */
  readonly sessions: readonly SessionPointView[];
  readonly readings: readonly TrustReadingView[];
}

export interface PlacementView {
  readonly sessionId: string;
  readonly partyId: string;
  readonly level: OvertonLevel;
  readonly updatedAt: string;
}

export interface OvertonOptionView {
  readonly id: string;
  readonly topicId: string;
  readonly title: string;
  /** The session it was first raised at, if the facilitator said. */
  readonly addedInSessionId: string | null;
  readonly createdAt: string;
  readonly placements: readonly PlacementView[];
}

export interface OvertonTopicView {
  readonly id: string;
  readonly title: string;
  readonly options: readonly OvertonOptionView[];
}

/** The Overton window of one dialogue: topics with their options and every placement kept. */
export interface OvertonBoardView {
  readonly dialogueId: string;
  readonly sides: readonly SideView[];
  readonly sessions: readonly SessionPointView[];
  /** Topics by title, including topics with no options yet. */
  readonly topics: readonly OvertonTopicView[];
}

const Rating = z
  .number({ message: 'A trust reading runs from −2 (hostile) to +2 (warm).' })
  .int({ message: 'A trust reading is a whole number from −2 (hostile) to +2 (warm).' })
  .min(-2, { message: 'A trust reading runs from −2 (hostile) to +2 (warm).' })
  .max(2, { message: 'A trust reading runs from −2 (hostile) to +2 (warm).' })
  .transform((value) => value as TrustRating);

const Indicators = z
  .array(z.enum(TRUST_INDICATORS))
  .max(TRUST_INDICATORS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'An indicator is listed twice.' });

const trustErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;
const sideErrors = ['PARTY_NOT_FOUND', 'NOT_A_SIDE'] as const;

export const trustContract = {
  'trust.board': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<TrustBoardView>(),
    errors: [...trustErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Records (or replaces) the reading of one pair of sides at one session. */
  'trust.record': method({
    input: z
      .object({
        sessionId: Id,
        partyAId: Id,
        partyBId: Id,
        rating: Rating,
        indicators: Indicators.default([]),
        rationale: text({ max: TRUST_LIMITS.rationaleChars, multiline: true })
          .transform((s) => s.trim())
          .default(''),
      })
      .strict()
      .refine((input) => input.partyAId !== input.partyBId, {
        path: ['partyBId'],
        message: 'A reading is between two different sides.',
      }),
    output: as<TrustReadingView>(),
    errors: [...trustErrors, ...sideErrors, 'SESSION_NOT_FOUND'],
  }),
  'trust.clear': method({
    input: z.object({ sessionId: Id, partyAId: Id, partyBId: Id }).strict(),
    output: as<{ readonly cleared: true }>(),
    errors: [...trustErrors, 'TRUST_READING_NOT_FOUND'],
  }),
};

export const overtonContract = {
  'overton.board': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<OvertonBoardView>(),
    errors: [...trustErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** The dialogue's topic with this title (case and accents ignored), created if new. */
  'overton.addTopic': method({
    input: z.object({ dialogueId: Id, title: label(TRUST_LIMITS.topicTitleChars) }).strict(),
    output: as<OvertonTopicView>(),
    errors: [...trustErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** A new option on a topic of this dialogue, optionally noting the session it was raised at. */
  'overton.addOption': method({
    input: z
      .object({
        dialogueId: Id,
        topicId: Id,
        title: label(TRUST_LIMITS.optionTitleChars),
        sessionId: Id.nullable().default(null),
      })
      .strict(),
    output: as<OvertonOptionView>(),
    errors: [
      ...trustErrors,
      'DIALOGUE_NOT_FOUND',
      'TOPIC_NOT_FOUND',
      'SESSION_NOT_FOUND',
      'OPTION_TITLE_TAKEN',
      'TOO_MANY_OPTIONS',
    ],
  }),
  'overton.renameOption': method({
    input: z.object({ id: Id, title: label(TRUST_LIMITS.optionTitleChars) }).strict(),
    output: as<OvertonOptionView>(),
    errors: [...trustErrors, 'OPTION_NOT_FOUND', 'OPTION_TITLE_TAKEN'],
  }),
  /**
   * Places an option for one side at one session (`level: null` removes that placement). Every
   * session's placement is kept: placing at session 3 never changes what session 2 recorded.
   */
  'overton.place': method({
    input: z.object({ optionId: Id, sessionId: Id, partyId: Id, level: z.enum(OVERTON_LEVELS).nullable() }).strict(),
    output: as<OvertonOptionView>(),
    errors: [...trustErrors, ...sideErrors, 'OPTION_NOT_FOUND', 'SESSION_NOT_FOUND'],
  }),
};
