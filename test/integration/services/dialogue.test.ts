import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogueView, PartyView } from '../../../shared/contract';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
});
afterEach(async () => h.dispose());

async function create(input: Record<string, unknown>): Promise<DialogueView> {
  const result = await h.call<DialogueView>('dialogue.create', input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('dialogues', () => {
  it('creates a dialogue with its parties in order and defaults', async () => {
    const dialogue = await create({
      codeName: '  Cedar  ',
      conflict: 'Northern valleys',
      parties: [{ name: 'Side A' }, { name: 'Side B' }, { name: 'Facilitation team', kind: 'facilitation' }],
    });
    expect(dialogue).toMatchObject({
      codeName: 'Cedar',
      conflict: 'Northern valleys',
      status: 'exploring',
      trackLevel: '2',
      startedOn: null,
      archived: false,
    });
    expect(dialogue.parties.map((p) => [p.name, p.kind, p.position])).toEqual([
      ['Side A', 'side', 0],
      ['Side B', 'side', 1],
      ['Facilitation team', 'facilitation', 2],
    ]);
    const got = await h.call<DialogueView>('dialogue.get', { id: dialogue.id });
    expect(got).toEqual({ ok: true, value: dialogue });
  });

  it('keeps right-to-left, emoji and decomposed names intact (stored NFC)', async () => {
    const arabic = await create({ codeName: 'أرز', parties: [{ name: 'الجانب أ' }, { name: 'צד ב' }] });
    expect(arabic.codeName).toBe('أرز');
    expect(arabic.parties.map((p) => p.name)).toEqual(['الجانب أ', 'צד ב']);
    const decomposed = await create({ codeName: 'Cafe\u0301 🌲' });
    expect(decomposed.codeName).toBe('Café 🌲'.normalize('NFC'));
  });

  it('refuses a code name already used, ignoring case and accents', async () => {
    await create({ codeName: 'Cedar' });
    const clash = await h.call('dialogue.create', { codeName: 'CÉDAR' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CODE_NAME_TAKEN' } });
  });

  it('refuses duplicate party names within one dialogue and creates nothing', async () => {
    const result = await h.call('dialogue.create', {
      codeName: 'Olive',
      parties: [{ name: 'Side A' }, { name: 'side a' }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'DUPLICATE_PARTY' } });
    expect(await h.call('dialogue.list', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses an empty or 10,000-character code name with INVALID_INPUT', async () => {
    for (const codeName of ['', '   ', 'x'.repeat(10_000)]) {
      const result = await h.call('dialogue.create', { codeName });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('updates fields, keeps the rest, and refuses a taken code name', async () => {
    const cedar = await create({ codeName: 'Cedar', conflict: 'Valleys' });
    await create({ codeName: 'Olive' });
    const updated = await h.call<DialogueView>('dialogue.update', {
      id: cedar.id,
      status: 'active',
      trackLevel: '1.5',
      startedOn: '2026-03-01',
      objectives: 'Widen the options on water sharing.\nMeet three times.',
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { codeName: 'Cedar', conflict: 'Valleys', status: 'active', trackLevel: '1.5', startedOn: '2026-03-01' },
    });
    const clash = await h.call('dialogue.update', { id: cedar.id, codeName: 'olive' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CODE_NAME_TAKEN' } });
    const renamed = await h.call<DialogueView>('dialogue.update', { id: cedar.id, codeName: 'Cedar Two' });
    expect(renamed).toMatchObject({ ok: true, value: { codeName: 'Cedar Two' } });
  });

  it('archives and restores; archived dialogues are hidden unless asked for', async () => {
    const cedar = await create({ codeName: 'Cedar' });
    await create({ codeName: 'Olive' });
    await h.call('dialogue.archive', { id: cedar.id });
    const visible = await h.call<DialogueView[]>('dialogue.list', {});
    expect(visible.ok && visible.value.map((d) => d.codeName)).toEqual(['Olive']);
    const all = await h.call<DialogueView[]>('dialogue.list', { includeArchived: true });
    expect(all.ok && all.value.map((d) => [d.codeName, d.archived])).toEqual([
      ['Olive', false],
      ['Cedar', true],
    ]);
    const restored = await h.call<DialogueView>('dialogue.archive', { id: cedar.id, archived: false });
    expect(restored).toMatchObject({ ok: true, value: { archived: false } });
  });

  it('answers DIALOGUE_NOT_FOUND for an unknown id', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [channel, payload] of [
      ['dialogue.get', { id }],
      ['dialogue.update', { id, status: 'paused' }],
      ['dialogue.archive', { id }],
      ['party.list', { dialogueId: id }],
      ['party.create', { dialogueId: id, name: 'Side C' }],
    ] as const) {
      expect(await h.call(channel, payload), channel).toMatchObject({
        ok: false,
        error: { code: 'DIALOGUE_NOT_FOUND' },
      });
    }
  });
});

describe('parties', () => {
  it('adds a party at the end and lists them in order; refuses a duplicate', async () => {
    const cedar = await create({ codeName: 'Cedar', parties: [{ name: 'Side A' }] });
    const added = await h.call<PartyView>('party.create', { dialogueId: cedar.id, name: 'Side B' });
    expect(added).toMatchObject({ ok: true, value: { name: 'Side B', position: 1, kind: 'side' } });
    const dup = await h.call('party.create', { dialogueId: cedar.id, name: 'SIDE B' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE_PARTY' } });
    const list = await h.call<PartyView[]>('party.list', { dialogueId: cedar.id });
    expect(list.ok && list.value.map((p) => p.name)).toEqual(['Side A', 'Side B']);
  });
});
