import { randomUUID } from 'node:crypto';
import type {
  AgendaView,
  DialogueView,
  NoteSearchResult,
  NoteView,
  ParticipantView,
  SessionView,
  TopicView,
} from '../../../shared/contract';
import { createIpcRegistry } from '../../../main/ipc';
import { createServices } from '../../../main/services';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { PASSPHRASE, tempDir, TRUSTED_ORIGIN, TRUSTED_SENDER, type Harness } from '../../fixtures/workspace';

/**
 * A workspace with one dialogue ready for notes, built through the registry as the app would:
 * parties Side A and Side B, participants A1 and B2, a root cause, session 1 under Chatham House
 * with a plenary, an off-the-record item and a caucus with Side A, and session 2 on the record.
 */
export interface NotesWorld {
  readonly h: Harness;
  readonly dialogue: DialogueView;
  readonly sideA: string;
  readonly sideB: string;
  readonly a1: ParticipantView;
  readonly b2: ParticipantView;
  readonly session1: SessionView;
  readonly session2: SessionView;
  readonly plenary: string;
  readonly offRecord: string;
  readonly caucusA: string;
  readonly waterTopic: TopicView;
  readonly rootCause: string;
  /** Calls a method and returns its value, failing the test with the code on an error. */
  ok<T>(channel: string, payload: unknown): Promise<T>;
  save(input: Record<string, unknown>): Promise<NoteView>;
  search(input: Record<string, unknown>): Promise<NoteSearchResult>;
  dispose(): Promise<void>;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Like the shared harness, with a clock the test may set (history keeps a version a minute). */
async function createClockedHarness(now?: () => Date): Promise<Harness> {
  const dir = await tempDir();
  const services = createServices({ root: dir.path, kdfCost: TEST_KDF_COST, now });
  const registry = createIpcRegistry(services, { trustedOrigin: TRUSTED_ORIGIN });
  return {
    root: dir.path,
    services,
    registry,
    call: (channel, payload = {}) => registry.invoke(channel, payload, TRUSTED_SENDER) as never,
    async dispose() {
      await services.workspace.lock();
      await dir.remove();
    },
  };
}

export async function createNotesWorld(options: { now?: () => Date } = {}): Promise<NotesWorld> {
  const h = await createClockedHarness(options.now);
  const ok = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await h.call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  await ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await ok<DialogueView>('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
    rootCauses: [{ title: 'Water scarcity' }],
  });
  const [sideA, sideB] = dialogue.parties.map((party) => party.id) as [string, string];
  const participant = (partyId: string, realName: string, speakerCode: string, aliases: string[] = []) =>
    ok<ParticipantView>('participant.create', {
      dialogueId: dialogue.id,
      partyId,
      realName,
      speakerCode,
      aliases: aliases.map((alias) => ({ alias })),
      status: 'confirmed',
    });
  const a1 = await participant(sideA, 'Salim Ḥaddād', 'A1', ['Abu Karim']);
  const b2 = await participant(sideB, 'Noa Ben-Ami', 'B2');
  const session = (number: number, regime: string) =>
    ok<SessionView>('session.create', {
      dialogueId: dialogue.id,
      number,
      startsAt: `2026-0${number + 4}-14T09:00`,
      endsAt: `2026-0${number + 4}-15T17:00`,
      timeZone: 'Europe/Zurich',
      regime,
    });
  const session1 = await session(1, 'chatham-house');
  const session2 = await session(2, 'on-the-record');
  const add = async (input: Record<string, unknown>) =>
    (
      await ok<{ itemId: string; agenda: AgendaView }>('agenda.add', {
        sessionId: session1.id,
        kind: 'plenary',
        plannedMinutes: 60,
        ...input,
      })
    ).itemId;
  const plenary = await add({ title: 'Needs and fears', topics: ['Water'] });
  const offRecord = await add({ title: 'Informal dinner', kind: 'informal', regime: 'off-the-record' });
  const caucusA = await add({ title: 'Caucus with Side A', kind: 'caucus', caucusPartyId: sideA });
  const topics = await ok<TopicView[]>('agenda.topics', { dialogueId: dialogue.id });

  return {
    h,
    dialogue,
    sideA,
    sideB,
    a1,
    b2,
    session1,
    session2,
    plenary,
    offRecord,
    caucusA,
    waterTopic: topics.find((topic) => topic.title === 'Water')!,
    rootCause: dialogue.rootCauses[0]!.id,
    ok,
    save: (input) => ok<NoteView>('note.save', { id: randomUUID(), sessionId: session1.id, ...input }),
    search: (input) => ok<NoteSearchResult>('note.search', { dialogueId: dialogue.id, ...input }),
    dispose: () => h.dispose(),
  };
}

/** The text of a snippet with its highlights marked [like this], for readable assertions. */
export function marked(result: NoteSearchResult, index = 0): string {
  const hit = result.hits[index];
  if (!hit) return '';
  const text = hit.snippet.segments.map((segment) => (segment.match ? `[${segment.text}]` : segment.text)).join('');
  return `${hit.snippet.truncatedStart ? '…' : ''}${text}${hit.snippet.truncatedEnd ? '…' : ''}`;
}
