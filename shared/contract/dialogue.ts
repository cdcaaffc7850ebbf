import { z } from 'zod';
import { DIALOGUE_STATUSES, TRACK_LEVELS } from '../domain/dialogue';
import type { DialogueStatus, TrackLevel } from '../domain/dialogue';
import { PartyInput } from './party';
import type { PartyView } from './party';
import { as, method } from './method';
import { Id, IsoDate, label, text } from './fields';

export interface DialogueView {
  readonly id: string;
  readonly codeName: string;
  readonly conflict: string;
  readonly objectives: string;
  readonly status: DialogueStatus;
  readonly trackLevel: TrackLevel;
  readonly startedOn: string | null;
  readonly archived: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly parties: readonly PartyView[];
  /** Who funds or backs the process, in the facilitator's order. */
  readonly sponsors: readonly string[];
  /** The root causes the dialogue addresses; other records link to them by id. */
  readonly rootCauses: readonly RootCauseView[];
}

export interface RootCauseView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export const CodeName = label(80);

/** How much each free text of a dialogue holds (a purge that rewrites one keeps within it). */
export const DIALOGUE_TEXT_LIMITS = {
  conflict: 200,
  objectives: 20_000,
  sponsor: 160,
  rootCauseTitle: 200,
  rootCauseDescription: 4_000,
} as const;

export const SponsorName = label(DIALOGUE_TEXT_LIMITS.sponsor);
const Sponsors = z.array(SponsorName).max(20, { message: '20 sponsors at most.' });

/** A root cause as edited: with `id` it updates that one, without it adds a new one. */
export const RootCauseInput = z
  .object({
    id: Id.optional(),
    title: label(DIALOGUE_TEXT_LIMITS.rootCauseTitle),
    description: text({ max: DIALOGUE_TEXT_LIMITS.rootCauseDescription, multiline: true }).default(''),
  })
  .strict();
const RootCauses = z.array(RootCauseInput).max(50, { message: '50 root causes at most.' });

const DialogueFields = {
  codeName: CodeName,
  conflict: text({ max: DIALOGUE_TEXT_LIMITS.conflict }).transform((s) => s.trim()),
  objectives: text({ max: DIALOGUE_TEXT_LIMITS.objectives, multiline: true }),
  status: z.enum(DIALOGUE_STATUSES),
  trackLevel: z.enum(TRACK_LEVELS),
  startedOn: IsoDate.nullable(),
};

export const dialogueContract = {
  'dialogue.create': method({
    input: z
      .object({
        codeName: DialogueFields.codeName,
        conflict: DialogueFields.conflict.default(''),
        objectives: DialogueFields.objectives.default(''),
        status: DialogueFields.status.default('exploring'),
        trackLevel: DialogueFields.trackLevel.default('2'),
        startedOn: DialogueFields.startedOn.default(null),
        parties: z.array(PartyInput).max(20, { message: '20 parties at most.' }).default([]),
        sponsors: Sponsors.default([]),
        rootCauses: z
          .array(RootCauseInput.omit({ id: true }))
          .max(50, { message: '50 root causes at most.' })
          .default([]),
      })
      .strict(),
    output: as<DialogueView>(),
    errors: [
      'WORKSPACE_LOCKED',
      'CODE_NAME_TAKEN',
      'DUPLICATE_PARTY',
      'DUPLICATE_SPONSOR',
      'DUPLICATE_ROOT_CAUSE',
      'DISK_FULL',
      'WORKSPACE_CORRUPT',
    ],
  }),
  'dialogue.list': method({
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: as<readonly DialogueView[]>(),
    errors: ['WORKSPACE_LOCKED', 'WORKSPACE_CORRUPT'],
  }),
  'dialogue.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<DialogueView>(),
    errors: ['WORKSPACE_LOCKED', 'DIALOGUE_NOT_FOUND', 'WORKSPACE_CORRUPT'],
  }),
  'dialogue.update': method({
    input: z
      .object({
        id: Id,
        codeName: DialogueFields.codeName.optional(),
        conflict: DialogueFields.conflict.optional(),
        objectives: DialogueFields.objectives.optional(),
        status: DialogueFields.status.optional(),
        trackLevel: DialogueFields.trackLevel.optional(),
        startedOn: DialogueFields.startedOn.optional(),
        /** Replaces the list as a whole, in this order. */
        sponsors: Sponsors.optional(),
        /** Replaces the list: entries with an id are kept (and edited), ones left out are deleted. */
        rootCauses: RootCauses.optional(),
      })
      .strict(),
    output: as<DialogueView>(),
    errors: [
      'WORKSPACE_LOCKED',
      'DIALOGUE_NOT_FOUND',
      'CODE_NAME_TAKEN',
      'DUPLICATE_SPONSOR',
      'DUPLICATE_ROOT_CAUSE',
      'ROOT_CAUSE_NOT_FOUND',
      'DISK_FULL',
      'WORKSPACE_CORRUPT',
    ],
  }),
  'dialogue.archive': method({
    input: z.object({ id: Id, archived: z.boolean().default(true) }).strict(),
    output: as<DialogueView>(),
    errors: ['WORKSPACE_LOCKED', 'DIALOGUE_NOT_FOUND', 'DISK_FULL', 'WORKSPACE_CORRUPT'],
  }),
};
