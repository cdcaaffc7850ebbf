import type { DialogueView } from '../../../shared/contract';
import { DEMO_STEPS } from '../../../scripts/demo/index';
import type { ParleyApp } from './app';

export const DEMO_PASSPHRASE = 'quiet-orchard-lantern-tide-58';

/**
 * The demo workspace (`npm run demo`'s fictional Cedar dialogue and the rest) built in the test's
 * own folder through the registry, so pages can be walked with realistic data. The steps that
 * print PDFs are left out: they add nothing to look at in the app.
 */
export async function seedDemo(app: ParleyApp, name = 'demo-workspace'): Promise<void> {
  await app.services.workspace.create({ name, passphrase: DEMO_PASSPHRASE });
  const ctx = { call: app.call, dialogues: new Map<string, DialogueView>() };
  for (const step of DEMO_STEPS) if (step.name !== 'reports') await step.run(ctx);
}
