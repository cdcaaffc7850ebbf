import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { ParleyFault } from '../errors';

export const NO_TERMINAL_MESSAGE =
  'No passphrase: set PARLEY_PASSPHRASE, or run parley in a terminal to be asked for it.';

export interface PromptStreams {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
}

/**
 * Reads a secret from the terminal without echoing it. Readline still does the line editing
 * (backspace, multi-byte input, paste) but everything it would draw — the typed characters, and the
 * redraws that would repaint the whole line — goes into a muted sink.
 *
 * Without a terminal there is nobody to ask, and reading a pipe would silently take the first line
 * of whatever is piped in, so it fails at once instead of waiting.
 */
export function createPassphrasePrompt(
  streams: PromptStreams = { input: process.stdin, output: process.stderr },
): (question: string) => Promise<string> {
  return (question) => readSecret(question, streams);
}

function readSecret(question: string, { input, output }: PromptStreams): Promise<string> {
  if (!input.isTTY) return Promise.reject(new ParleyFault('PASSPHRASE_REQUIRED', NO_TERMINAL_MESSAGE));
  return new Promise((resolve, reject) => {
    output.write(question);
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input, output: muted, terminal: true, historySize: 0 });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      rl.close();
      // The Enter key's own echo was muted: end the prompt's line ourselves.
      output.write('\n');
      outcome();
    };
    const cancel = () => settle(() => reject(new ParleyFault('PROMPT_CANCELLED', 'Cancelled.')));
    rl.on('line', (line) => settle(() => resolve(line)));
    rl.on('SIGINT', cancel);
    rl.on('close', cancel);
  });
}
