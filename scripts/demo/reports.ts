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
        let result = await call('export.agendaPdf', { sessionId: session.id });
        // A warning is the facilitator's to confirm; the demo accepts them, and says so (place and
        // reason only, as the app and the CLI show them).
        const warnings = !result.saved ? (result.warnings ?? []) : [];
        if (warnings.length > 0) {
          result = await call('export.agendaPdf', {
            sessionId: session.id,
            acknowledgedWarnings: warnings.map((warning) => warning.id),
          });
        }
        if (result.saved) {
          made.push(`agenda PDF: ${result.fileName} (${result.pages} ${result.pages === 1 ? 'page' : 'pages'})`);
          for (const warning of warnings) made.push(`  accepted a warning — ${warning.where}: ${warning.reason}`);
        }
      }
    }
    return made;
  },
};
