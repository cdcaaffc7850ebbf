import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redactorFor, type ExportScreen } from '../../../main/export/leak-guard';
import { exportScreenOf } from '../../../main/services/redaction/export-screen';
import type { DialogueView, ParticipantView } from '../../../shared/contract';
import { addParticipant, cedar, ok } from '../../fixtures/roster';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';

/**
 * The redaction engines kept between exports hold a roster in memory: none may outlive the
 * workspace it came from, nor a participant's purge.
 */

let h: Harness;
let dialogue: DialogueView;
let person: ParticipantView;

beforeEach(async () => {
  h = await createHarness();
  await ok(h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE }));
  dialogue = await cedar(h);
  person = await addParticipant(h, dialogue, 'Side B', { realName: 'Yusuf Haddad', speakerCode: 'B4' });
});

afterEach(() => h.dispose());

/** The screen an export of the dialogue reads from the workspace, and the engine kept for it. */
async function keptEngine(): Promise<{ screen: ExportScreen; engine: ReturnType<typeof redactorFor> }> {
  const screen = await exportScreenOf(h.services.workspace.current().db, dialogue.id);
  const engine = redactorFor(screen);
  // Read afresh, the same roster gets the same engine: it is kept.
  expect(redactorFor(await exportScreenOf(h.services.workspace.current().db, dialogue.id))).toBe(engine);
  return { screen, engine };
}

describe('redaction engines kept between exports', () => {
  it('are dropped when the workspace locks', async () => {
    const { screen, engine } = await keptEngine();
    await h.services.workspace.lock();
    expect(redactorFor(screen)).not.toBe(engine);
  });

  it('are dropped when a participant is purged', async () => {
    const { screen, engine } = await keptEngine();
    await ok(h.call('participant.purge', { id: person.id, confirmSpeakerCode: 'B4' }));
    expect(redactorFor(screen)).not.toBe(engine);
  });
});
