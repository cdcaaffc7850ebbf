import type { dialogueContract } from '../../shared/contract/dialogue';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type DialogueHandlers = HandlersOf<typeof dialogueContract>;

export const dialogueHandlers = (services: Services): DialogueHandlers => ({
  'dialogue.create': (input) => services.dialogues.create(input),
  'dialogue.list': (input) => services.dialogues.list(input),
  'dialogue.get': (input) => services.dialogues.get(input),
  'dialogue.update': (input) => services.dialogues.update(input),
  'dialogue.archive': (input) => services.dialogues.archive(input),
});
