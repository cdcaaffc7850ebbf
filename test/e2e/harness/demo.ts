import type { DialogueView } from '../../../shared/contract';
import { DEMO_STEPS } from '../../../scripts/demo/index';
import { seedCedarReport } from '../../../scripts/demo/reports';
import type { ParleyApp } from './app';

export const DEMO_PASSPHRASE = 'quiet-orchard-lantern-tide-58';

/**
 * The demo workspace (`npm run demo`'s fictional Cedar dialogue and the rest) built in the test's
 * own folder through the registry, so pages can be walked with realistic data. The step that
 * prints PDFs is left out (printing adds nothing to look at in the app), but what it puts in the
 * workspace for the Reports page (attendance, the risky meeting, texts, profile) is seeded.
 */
export async function seedDemo(app: ParleyApp, name = 'demo-workspace'): Promise<void> {
  await app.services.workspace.create({ name, passphrase: DEMO_PASSPHRASE });
  const ctx = { call: app.call, dialogues: new Map<string, DialogueView>() };
  for (const step of DEMO_STEPS) {
    if (step.name === 'reports') await seedCedarReport(ctx);
    else await step.run(ctx);
  }
}
