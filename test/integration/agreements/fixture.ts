import { randomUUID } from 'node:crypto';
import type {
  ClauseView,
  DialogueView,
  DraftView,
  OutlineView,
  ParticipantView,
  TopicView,
} from '../../../shared/contract';
import { createIpcRegistry } from '../../../main/ipc';
import { createServices, type ServicesOptions } from '../../../main/services';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { PASSPHRASE, tempDir, TRUSTED_ORIGIN, TRUSTED_SENDER } from '../../fixtures/workspace';

/**
 * A workspace ready for drafting, built through the registry as the app would: Cedar with Side A,
 * Side B and a facilitation team, participants A1 and B2 (real names and an alias, so tests can
 * prove none of them leaks), a topic, a session; and a second dialogue, Juniper, whose sides and
 * people must never be accepted in Cedar's drafts. The clock is the test's to move.
 */
export interface AgreementWorld {
  readonly clock: { now: Date };
  readonly cedar: DialogueView;
  readonly juniper: DialogueView;
  readonly sideA: string;
  readonly sideB: string;
  readonly team: string;
  readonly a1: ParticipantView;
  readonly b2: ParticipantView;
  readonly juniperPerson: ParticipantView;
  readonly security: TopicView;
  readonly sessionId: string;
  readonly services: ReturnType<typeof createServices>;
  call<T = unknown>(
    channel: string,
    payload?: unknown,
  ): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
  ok<T>(channel: string, payload?: unknown): Promise<T>;
  /** Expects a failure and returns it. */
  fails(channel: string, payload?: unknown): Promise<{ code: string; message: string }>;
  draft(input?: Record<string, unknown>): Promise<DraftView>;
  /** Adds clauses at the end, in order (depth by leading spaces, two per level); returns their ids. */
  clauses(draftId: string, lines: readonly string[]): Promise<string[]>;
  save(id: string, fields: Record<string, unknown>): Promise<ClauseView>;
  get(draftId: string): Promise<DraftView>;
  root: string;
  dispose(): Promise<void>;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-00000000ffff';

export async function createAgreementWorld(options: Pick<ServicesOptions, 'exports'> = {}): Promise<AgreementWorld> {
  const dir = await tempDir();
  const clock = { now: new Date('2026-05-14T09:00:00.000Z') };
  const services = createServices({
    root: dir.path,
    kdfCost: TEST_KDF_COST,
    now: () => new Date(clock.now),
    ...options,
  });
  const registry = createIpcRegistry(services, { trustedOrigin: TRUSTED_ORIGIN });
  const call: AgreementWorld['call'] = (channel, payload = {}) =>
    registry.invoke(channel, payload, TRUSTED_SENDER) as never;
  const ok = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const result = await call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const fails = async (channel: string, payload: unknown = {}) => {
    const result = await call(channel, payload);
    if (result.ok) throw new Error(`${channel} was expected to fail`);
    return result.error;
  };
  await ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = (codeName: string) =>
    ok<DialogueView>('dialogue.create', {
      codeName,
      parties: [{ name: 'Side A' }, { name: 'Side B' }, { name: 'Facilitation team', kind: 'facilitation' }],
    });
  const cedar = await dialogue('Cedar');
  const juniper = await dialogue('Juniper');
  const [sideA, sideB, team] = cedar.parties.map((party) => party.id) as [string, string, string];
  const person = (d: DialogueView, party: string, realName: string, speakerCode: string, aliases: string[] = []) =>
    ok<ParticipantView>('participant.create', {
      dialogueId: d.id,
      partyId: party,
      realName,
      speakerCode,
      aliases: aliases.map((alias) => ({ alias })),
      status: 'confirmed',
    });
  const a1 = await person(cedar, sideA, 'Salim Ḥaddād', 'A1', ['Abu Karim']);
  const b2 = await person(cedar, sideB, 'Noa Ben-Ami', 'B2');
  const juniperPerson = await person(juniper, juniper.parties[0]!.id, 'Ilse Varga', 'A1');
  const session = await ok<{ id: string }>('session.create', {
    dialogueId: cedar.id,
    number: 1,
    startsAt: '2026-04-14T09:00',
    endsAt: '2026-04-15T17:00',
    timeZone: 'Europe/Zurich',
  });
  await ok('agenda.add', {
    sessionId: session.id,
    kind: 'plenary',
    plannedMinutes: 60,
    title: 'Security',
    topics: ['Security guarantees'],
  });
  const topics = await ok<TopicView[]>('agenda.topics', { dialogueId: cedar.id });

  const world: AgreementWorld = {
    clock,
    cedar,
    juniper,
    sideA,
    sideB,
    team,
    a1,
    b2,
    juniperPerson,
    security: topics[0]!,
    sessionId: session.id,
    services,
    call,
    ok,
    fails,
    root: dir.path,
    draft: (input = {}) =>
      ok<DraftView>('draft.create', {
        dialogueId: cedar.id,
        title: 'Joint statement on the water commons',
        stage: 'pre-negotiation',
        ...input,
      }),
    async clauses(draftId, lines) {
      const ids: string[] = [];
      const existing = (await ok<DraftView>('draft.get', { id: draftId })).clauses;
      let last = existing.at(-1)?.id ?? null;
      for (const line of lines) {
        const depth = (line.length - line.trimStart().length) / 2;
        const id = randomUUID();
        await ok<OutlineView>('clause.add', {
          draftId,
          id,
          afterClauseId: last,
          depth,
          text: line.trimStart(),
        });
        ids.push(id);
        last = id;
      }
      return ids;
    },
    save: (id, fields) => ok<ClauseView>('clause.save', { id, ...fields }),
    get: (draftId) => ok<DraftView>('draft.get', { id: draftId }),
    async dispose() {
      await services.workspace.lock();
      await dir.remove();
    },
  };
  return world;
}
