import type { DialogueView } from '../../../shared/contract';
import { foldForMatch } from '../../../shared/text/fold';
import type { Client } from '../client';
import { CliError, EXIT, usageError } from '../exit-codes';

/** The `--dialogue CODE` a command requires, trimmed. */
export function dialogueCode(value: string | undefined, command: string): string {
  const code = value?.trim();
  if (!code) throw usageError('--dialogue is required: the code name of the dialogue.', command);
  return code;
}

/** The dialogue a `--dialogue CODE` names (case and accents ignored), archived ones included. */
export async function findDialogue(client: Client, code: string, workspaceLabel: string): Promise<DialogueView> {
  const key = foldForMatch(code);
  const dialogues = await client.call('dialogue.list', { includeArchived: true });
  const dialogue = dialogues.find((d) => foldForMatch(d.codeName) === key);
  // The code name is what the user typed on this command line: safe to repeat.
  if (!dialogue) throw new CliError(EXIT.FAILURE, `No dialogue called “${code.trim()}” in ${workspaceLabel}.`);
  return dialogue;
}
