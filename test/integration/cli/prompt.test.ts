import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPassphrasePrompt, NO_TERMINAL_MESSAGE } from '../../../main/cli/prompt';

/** A stand-in for a terminal's stdin: readline switches it to raw mode and reads keystrokes. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    rawModes: [] as boolean[],
    setRawMode(mode: boolean) {
      this.rawModes.push(mode);
      return this;
    },
  });
  let shown = '';
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
  return { input, output, shown: () => shown };
}

describe('passphrase prompt', () => {
  it('reads a line without echoing it, restoring the terminal afterwards', async () => {
    const terminal = fakeTerminal();
    const prompt = createPassphrasePrompt(terminal);
    const answer = prompt('Passphrase for field-work: ');
    terminal.input.write('olive lantern أرز\r');
    await expect(answer).resolves.toBe('olive lantern أرز');
    expect(terminal.shown()).toBe('Passphrase for field-work: \n');
    expect(terminal.input.rawModes).toEqual([true, false]);
  });

  it('is cancelled by Ctrl-C and by end of input', async () => {
    for (const key of ['\u0003', '\u0004']) {
      const terminal = fakeTerminal();
      const answer = createPassphrasePrompt(terminal)('Passphrase: ');
      terminal.input.write(`secret${key === '\u0004' ? '\r' : ''}`);
      if (key === '\u0004') {
        await answer;
        continue;
      }
      terminal.input.write(key);
      await expect(answer).rejects.toMatchObject({ code: 'PROMPT_CANCELLED' });
      expect(terminal.shown()).not.toContain('secret');
    }
    const closed = fakeTerminal();
    const answer = createPassphrasePrompt(closed)('Passphrase: ');
    closed.input.end();
    await expect(answer).rejects.toMatchObject({ code: 'PROMPT_CANCELLED' });
  });

  it('refuses at once, without reading, when stdin is not a terminal', async () => {
    const input = new PassThrough();
    input.write('piped-in-secret\n');
    const output = new PassThrough();
    await expect(createPassphrasePrompt({ input, output })('Passphrase: ')).rejects.toMatchObject({
      code: 'PASSPHRASE_REQUIRED',
      message: NO_TERMINAL_MESSAGE,
    });
    expect(output.read()).toBeNull();
    expect(input.read()?.toString()).toBe('piped-in-secret\n');
  });
});
