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
}

export const CodeName = label(80);

const DialogueFields = {
  codeName: CodeName,
  conflict: text({ max: 200 }).transform((s) => s.trim()),
  objectives: text({ max: 20_000, multiline: true }),
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
      })
      .strict(),
    output: as<DialogueView>(),
    errors: ['WORKSPACE_LOCKED', 'CODE_NAME_TAKEN', 'DUPLICATE_PARTY', 'DISK_FULL', 'WORKSPACE_CORRUPT'],
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
      })
      .strict(),
    output: as<DialogueView>(),
    errors: ['WORKSPACE_LOCKED', 'DIALOGUE_NOT_FOUND', 'CODE_NAME_TAKEN', 'DISK_FULL', 'WORKSPACE_CORRUPT'],
  }),
  'dialogue.archive': method({
    input: z.object({ id: Id, archived: z.boolean().default(true) }).strict(),
    output: as<DialogueView>(),
    errors: ['WORKSPACE_LOCKED', 'DIALOGUE_NOT_FOUND', 'DISK_FULL', 'WORKSPACE_CORRUPT'],
  }),
};
