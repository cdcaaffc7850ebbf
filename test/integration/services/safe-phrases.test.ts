import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogueView, SafePhraseView } from '../../../shared/contract';
import { createSessionHarness, type SessionHarness } from './sessions/harness';

/** Known-safe phrases through the registry, over a real encrypted workspace. */
let h: SessionHarness;
let dialogue: DialogueView;
let rose: string;
beforeEach(async () => {
  h = await createSessionHarness();
  dialogue = await h.dialogue('Cedar');
  rose = h.participant(dialogue, 0, 'A1', 'Rose Li');
  h.participant(dialogue, 1, 'B1', 'Yusuf Haddad');
  h.sqlite().prepare(`UPDATE participants SET email = 'yusuf@example.org' WHERE speaker_code = 'B1'`).run();
});
afterEach(() => h.dispose());

const add = (phrase: string, dialogueId = dialogue.id) =>
  h.call<SafePhraseView>('safePhrase.add', { dialogueId, phrase });

describe('safePhrase.*', () => {
  it('adds, lists in order and removes a dialogue’s phrases', async () => {
    const accord = await h.ok<SafePhraseView>('safePhrase.add', {
      dialogueId: dialogue.id,
      phrase: '  Rose Garden Accord ',
    });
    expect(accord).toMatchObject({ dialogueId: dialogue.id, phrase: 'Rose Garden Accord' });
    await h.ok('safePhrase.add', { dialogueId: dialogue.id, phrase: 'grace period' });
    const listed = await h.ok<SafePhraseView[]>('safePhrase.list', { dialogueId: dialogue.id });
    expect(listed.map((p) => p.phrase)).toEqual(['Rose Garden Accord', 'grace period']);
    expect(await h.ok('safePhrase.remove', { id: accord.id })).toEqual({ removed: true });
    expect(await h.call('safePhrase.remove', { id: accord.id })).toMatchObject({
      ok: false,
      error: { code: 'SAFE_PHRASE_NOT_FOUND' },
    });
  });

  it('refuses a phrase that would let a name through', async () => {
    for (const phrase of ['Rose', 'ROSE LI', 'Rose Li Street', 'Haddad Yusuf Road', 'write to yusuf@example.org']) {
      expect(await add(phrase), phrase).toMatchObject({ ok: false, error: { code: 'SAFE_PHRASE_NAMES_SOMEONE' } });
    }
    expect(await add('Haddad Street')).toMatchObject({ ok: true });
  });

  it('refuses a duplicate however it is written, an unknown dialogue and bad input', async () => {
    await h.ok('safePhrase.add', { dialogueId: dialogue.id, phrase: 'Rose Garden Accord' });
    expect(await add('rose  garden ACCORD')).toMatchObject({ ok: false, error: { code: 'DUPLICATE_SAFE_PHRASE' } });
    expect(await add('Rose Garden Accord', '00000000-0000-4000-8000-ffffffffffff')).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_NOT_FOUND' },
    });
    expect(await add('x'.repeat(201))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await add('line\nbreak')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('drops the phrases that hold a word of a purged participant’s name, with the purge', async () => {
    await h.ok('safePhrase.add', { dialogueId: dialogue.id, phrase: 'Rose Garden Accord' });
    await h.ok('safePhrase.add', { dialogueId: dialogue.id, phrase: 'Haddad Street' });
    await h.ok('participant.purge', { id: rose, confirmSpeakerCode: 'A1' });
    const listed = await h.ok<SafePhraseView[]>('safePhrase.list', { dialogueId: dialogue.id });
    expect(listed.map((p) => p.phrase)).toEqual(['Haddad Street']);
  });
});
