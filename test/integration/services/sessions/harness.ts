import { createIpcRegistry } from '../../../../main/ipc';
import { createServices, type ServicesOptions } from '../../../../main/services';
import { TEST_KDF_COST } from '../../../../main/store/kdf';
import type { AgendaView, DialogueView, SessionView, VenueView } from '../../../../shared/contract';
import { PASSPHRASE, tempDir, TRUSTED_ORIGIN, TRUSTED_SENDER } from '../../../fixtures/workspace';

/**
 * A workspace behind the real registry with a clock the test moves, plus helpers that seed a
 * dialogue, participants (written straight to the store: the roster's own API is not under test
 * here) and sessions.
 */
export interface SessionHarness {
  clock: { now: Date };
  call<T = unknown>(
    channel: string,
    payload?: unknown,
  ): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
  ok<T>(channel: string, payload?: unknown): Promise<T>;
  dialogue(codeName?: string): Promise<DialogueView>;
  participant(dialogue: DialogueView, party: number, code: string, name?: string): string;
  venue(dialogue: DialogueView, input?: object): Promise<VenueView>;
  session(dialogue: DialogueView, input?: object): Promise<SessionView>;
  agenda(sessionId: string): Promise<AgendaView>;
  sqlite(): import('../../../../main/store/database').SqliteDatabase;
  readonly services: import('../../../../main/services').Services;
  dispose(): Promise<void>;
}

export async function createSessionHarness(options: Pick<ServicesOptions, 'exports'> = {}): Promise<SessionHarness> {
  const dir = await tempDir();
  const clock = { now: new Date('2026-05-14T07:00:00.000Z') };
  let ids = 0;
  const services = createServices({
    root: dir.path,
    kdfCost: TEST_KDF_COST,
    now: () => new Date(clock.now),
    ...options,
  });
  const registry = createIpcRegistry(services, { trustedOrigin: TRUSTED_ORIGIN });
  const call: SessionHarness['call'] = (channel, payload = {}) =>
    registry.invoke(channel, payload, TRUSTED_SENDER) as never;
  const ok = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const result = await call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  await ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  const sqlite = () => services.workspace.current().sqlite;
  return {
    clock,
    call,
    ok,
    sqlite,
    services,
    dialogue: (codeName = 'Cedar') =>
      ok<DialogueView>('dialogue.create', {
        codeName,
        parties: [{ name: 'Side A' }, { name: 'Side B' }, { name: 'Facilitation team', kind: 'facilitation' }],
      }),
    participant(dialogue, party, code, name = `Person ${code}`) {
      const id = `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
      const now = clock.now.toISOString();
      sqlite()
        .prepare(
          `INSERT INTO participants (id, dialogue_id, party_id, real_name, pseudonym, pseudonym_key, speaker_code,
             search_key, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, '', 'confirmed', ?, ?)`,
        )
        .run(
          id,
          dialogue.id,
          dialogue.parties[party]!.id,
          name,
          `Pseudonym ${code}`,
          `pseudonym ${code}`,
          code,
          now,
          now,
        );
      return id;
    },
    venue: (dialogue, input = {}) =>
      ok<VenueView>('venue.create', {
        dialogueId: dialogue.id,
        name: 'Lakeside retreat house',
        city: 'Montreux',
        country: 'Switzerland',
        timeZone: 'Europe/Zurich',
        ...input,
      }),
    session: (dialogue, input = {}) =>
      ok<SessionView>('session.create', {
        dialogueId: dialogue.id,
        title: 'First round',
        startsAt: '2026-05-14T09:00',
        endsAt: '2026-05-14T17:00',
        timeZone: 'Europe/Zurich',
        ...input,
      }),
    agenda: (sessionId) => ok<AgendaView>('agenda.get', { sessionId }),
    async dispose() {
      await services.workspace.lock();
      await dir.remove();
    },
  };
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-ffffffffffff';
