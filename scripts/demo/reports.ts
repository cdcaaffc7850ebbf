import type { DemoContext, DemoStep } from './steps';

/**
 * The printable side of the demo: the agenda PDF of every session of every dialogue, the
 * participants' copy (no item notes), written by the same export the app and the CLI use.
 */
export const reportsStep: DemoStep = {
  name: 'reports',
  async run({ call, dialogues }: DemoContext) {
    const made: string[] = [];
    for (const dialogue of dialogues.values()) {
      for (const session of await call('session.list', { dialogueId: dialogue.id })) {
        if (session.itemCount === 0) continue;
        const result = await call('export.agendaPdf', { sessionId: session.id });
        if (result.saved)
          made.push(`agenda PDF: ${result.fileName} (${result.pages} ${result.pages === 1 ? 'page' : 'pages'})`);
      }
    }
    return made;
  },
};
