import { vi } from 'vitest';
import type {
  AgendaView,
  NoteSearchResult,
  NoteView,
  ParleyApi,
  ParticipantSummary,
  SessionView,
} from '../../../../shared/contract';
import { dialogueView } from '../fake-api';

/**
 * A fake `window.parley` for the notes screens: notes live in memory, `note.save` upserts by id
 * (like the real service), `note.list` keeps caucus notes out of the joint view, and the roster
 * answer carries real names so a test can prove the screens never show them.
 */
export const SESSION_ID = '00000000-0000-4000-8000-0000000000a1';
export const PARTY_A = '00000000-0000-4000-8000-0000000000b1';
export const PARTY_B = '00000000-0000-4000-8000-0000000000b2';
export const SPEAKER_B2 = '00000000-0000-4000-8000-0000000000c2';
export const ITEM_ID = '00000000-0000-4000-8000-0000000000d1';

export const dialogue = dialogueView({
  id: '00000000-0000-4000-8000-0000000000e1',
  codeName: 'Cedar',
  parties: [
    { id: PARTY_A, dialogueId: 'd', name: 'Side A', kind: 'side', position: 0 },
    { id: PARTY_B, dialogueId: 'd', name: 'Side B', kind: 'side', position: 1 },
  ],
});

export function noteView(fields: Partial<NoteView> = {}): NoteView {
  return {
    id: crypto.randomUUID(),
    dialogueId: dialogue.id,
    sessionId: SESSION_ID,
    sessionNumber: 1,
    sessionTimeZone: 'Asia/Tbilisi',
    agendaItemId: null,
    agendaItemTitle: null,
    speaker: null,
    speakerWithdrawn: false,
    level: 'participants',
    kind: 'note',
    caucusPartyId: null,
    tags: [],
    createdAt: '2026-05-14T07:10:00.000Z',
    updatedAt: '2026-05-14T07:10:00.000Z',
    earlierVersions: 0,
    body: 'A note',
    ...fields,
  };
}

const ok = <T>(value: T) => ({ ok: true as const, value });

export function createNotesApi(initial: readonly NoteView[] = []) {
  const notes = new Map(initial.map((note) => [note.id, note]));
  const participants = [
    { id: SPEAKER_B2, speakerCode: 'B2', realName: 'Noa Ben-Ami', purged: false },
  ] as unknown as ParticipantSummary[];
  const agenda = {
    session: { id: SESSION_ID, dialogueId: dialogue.id, number: 1, regime: 'chatham-house' },
    items: [{ id: ITEM_ID, title: 'Needs and fears', effectiveRegime: 'off-the-record', caucusParty: null }],
  } as unknown as AgendaView;
  const api = {
    note: {
      save: vi.fn<ParleyApi['note']['save']>(async (input) => {
        const before = notes.get(input.id);
        const saved = noteView({
          ...before,
          id: input.id,
          body: input.body,
          level: input.level ?? before?.level ?? 'participants',
          kind: input.kind ?? before?.kind ?? 'note',
          caucusPartyId: input.caucusPartyId !== undefined ? input.caucusPartyId : (before?.caucusPartyId ?? null),
          agendaItemId: input.agendaItemId !== undefined ? input.agendaItemId : (before?.agendaItemId ?? null),
          speaker:
            input.speakerId === undefined
              ? (before?.speaker ?? null)
              : input.speakerId === null
                ? null
                : { participantId: input.speakerId, code: 'B2' },
        });
        notes.set(saved.id, saved);
        return ok(saved);
      }),
      get: vi.fn<ParleyApi['note']['get']>(async ({ id }) => ok(notes.get(id)!)),
      list: vi.fn<ParleyApi['note']['list']>(async ({ caucusPartyId }) =>
        ok([...notes.values()].filter((note) => note.caucusPartyId === (caucusPartyId ?? null))),
      ),
      history: vi.fn<ParleyApi['note']['history']>(async () => ok([])),
      delete: vi.fn<ParleyApi['note']['delete']>(async () => ok({ deleted: true as const })),
      search: vi.fn<ParleyApi['note']['search']>(async (): Promise<{ ok: true; value: NoteSearchResult }> =>
        ok({ hits: [], total: 0, rankedWindow: false, understood: [] }),
      ),
      tagOptions: vi.fn<ParleyApi['note']['tagOptions']>(async () => ok({ topics: [], rootCauses: [], free: [] })),
    },
    participant: { list: vi.fn(async () => ok(participants)) },
    session: {
      list: vi.fn(async () => ok([{ id: SESSION_ID, number: 1, title: 'First round' } as SessionView])),
    },
    agenda: { get: vi.fn(async () => ok(agenda)) },
  };
  return { api: api as unknown as ParleyApi & typeof api, notes };
}
