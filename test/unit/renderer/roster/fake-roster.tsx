import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type {
  DialogueView,
  InfluenceMapView,
  ParleyApi,
  ParticipantSummary,
  ParticipantView,
  PartyView,
} from '../../../../shared/contract';
import { nextSpeakerCode, partyLetter, PURGED_PSEUDONYM } from '../../../../shared/domain/participant';
import { ApiContext } from '../../../../renderer/api';
import { SessionContext, type Session } from '../../../../renderer/app/session';
import { RosterPage } from '../../../../renderer/roster/RosterPage';
import { createFakeApi, dialogueView } from '../fake-api';

let ids = 0;
const uuid = () => `00000000-0000-4000-9000-${String(++ids).padStart(12, '0')}`;

export function cedarDialogue(): DialogueView {
  const id = uuid();
  const party = (name: string, position: number, kind: PartyView['kind'] = 'side'): PartyView => ({
    id: uuid(),
    dialogueId: id,
    name,
    kind,
    position,
  });
  return dialogueView({
    id,
    codeName: 'Cedar',
    parties: [party('Side A', 0), party('Side B', 1), party('Facilitation team', 2, 'facilitation')],
  });
}

export function participantView(dialogue: DialogueView, fields: Partial<ParticipantView> = {}): ParticipantView {
  return {
    id: uuid(),
    dialogueId: dialogue.id,
    partyId: dialogue.parties[0]!.id,
    speakerCode: 'A1',
    pseudonym: 'Participant A1',
    realName: 'Someone',
    aliases: [],
    affiliation: '',
    affiliationSensitive: false,
    role: '',
    trackLevel: null,
    sector: null,
    status: 'prospect',
    consent: { state: 'none', givenOn: null, scopes: null, withdrawnOn: null },
    linkCount: 0,
    purged: false,
    updatedAt: '2026-01-01T00:00:00.000Z',
    languages: [],
    contacts: { email: '', phone: '', messaging: '' },
    rationale: { influence: null, openMindedness: null, access: null, personalCapacity: null, notes: '' },
    risks: { travel: '', safety: '' },
    links: [],
    consents: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    purgedOn: null,
    ...fields,
  };
}

/**
 * `window.parley` for the roster: the shared fake for workspace and dialogues, plus an in-memory
 * roster whose methods are `vi.fn`s, so tests assert what was asked of main.
 */
export function createRosterFake(dialogue: DialogueView, people: readonly ParticipantView[] = []) {
  const base = createFakeApi({ unlocked: 'cedar', dialogues: [dialogue] });
  const store = new Map(people.map((p) => [p.id, p]));
  const ok = <T,>(value: T) => ({ ok: true as const, value });
  const fail = (code: string, message: string) => ({ ok: false as const, error: { code: code as never, message } });
  const codes = () => [...store.values()].flatMap((p) => (p.speakerCode ? [p.speakerCode] : []));
  const suggest = (partyId: string) => {
    const party = dialogue.parties.find((p) => p.id === partyId)!;
    const sides = dialogue.parties.filter((p) => p.kind === 'side');
    return nextSpeakerCode(partyLetter(party, sides.indexOf(party)), codes());
  };
  const summary = (p: ParticipantView): ParticipantSummary => p;
  const influence: { current: InfluenceMapView } = { current: { decisionMakers: [], links: [] } };

  const participant = {
    list: vi.fn<ParleyApi['participant']['list']>(async () => ok([...store.values()].map(summary))),
    get: vi.fn<ParleyApi['participant']['get']>(async ({ id }) => {
      const found = store.get(id);
      return found ? ok(found) : fail('PARTICIPANT_NOT_FOUND', 'That participant is no longer on the roster.');
    }),
    suggestCode: vi.fn<ParleyApi['participant']['suggestCode']>(async ({ partyId }) => ok({ code: suggest(partyId) })),
    create: vi.fn<ParleyApi['participant']['create']>(async (input) => {
      const code = (input.speakerCode ?? suggest(input.partyId)).toUpperCase();
      if (codes().includes(code))
        return fail('DUPLICATE_SPEAKER_CODE', `Speaker code ${code} is already used in this dialogue.`);
      const made = participantView(dialogue, {
        partyId: input.partyId,
        realName: input.realName.trim(),
        speakerCode: code,
        pseudonym: input.pseudonym ?? `Participant ${code}`,
        role: input.role ?? '',
      });
      store.set(made.id, made);
      return ok(made);
    }),
    update: vi.fn<ParleyApi['participant']['update']>(async ({ id, ...changes }) => {
      const found = store.get(id);
      if (!found) return fail('PARTICIPANT_NOT_FOUND', 'That participant is no longer on the roster.');
      const code = changes.speakerCode?.toUpperCase();
      if (code && code !== found.speakerCode && codes().includes(code)) {
        return fail('DUPLICATE_SPEAKER_CODE', `Speaker code ${code} is already used in this dialogue.`);
      }
      const updated: ParticipantView = {
        ...found,
        realName: changes.realName ?? found.realName,
        role: changes.role ?? found.role,
        pseudonym: changes.pseudonym ?? found.pseudonym,
        speakerCode: code ?? found.speakerCode,
        status: changes.status ?? found.status,
      };
      store.set(id, updated);
      return ok(updated);
    }),
    recordConsent: vi.fn<ParleyApi['participant']['recordConsent']>(async ({ participantId, givenOn, scopes }) => {
      const found = store.get(participantId)!;
      const updated: ParticipantView = {
        ...found,
        consent: { state: 'given', givenOn, scopes, withdrawnOn: null },
        consents: [...found.consents, { id: uuid(), givenOn, scopes, note: '', withdrawnOn: null, withdrawalNote: '' }],
      };
      store.set(participantId, updated);
      return ok(updated);
    }),
    withdrawConsent: vi.fn<ParleyApi['participant']['withdrawConsent']>(async ({ participantId, withdrawnOn }) => {
      const found = store.get(participantId)!;
      if (found.consent.state !== 'given') return fail('NO_ACTIVE_CONSENT', 'No consent in force.');
      const updated: ParticipantView = { ...found, consent: { ...found.consent, state: 'withdrawn', withdrawnOn } };
      store.set(participantId, updated);
      return ok(updated);
    }),
    purge: vi.fn<ParleyApi['participant']['purge']>(async ({ id, confirmSpeakerCode }) => {
      const found = store.get(id)!;
      if (confirmSpeakerCode.trim().toUpperCase() !== found.speakerCode) {
        return fail('PURGE_NOT_CONFIRMED', 'Type the speaker code exactly.');
      }
      const purged = participantView(dialogue, {
        id,
        partyId: found.partyId,
        speakerCode: null,
        pseudonym: PURGED_PSEUDONYM,
        realName: '',
        status: 'withdrawn',
        purged: true,
        purgedOn: '2026-03-04',
      });
      store.set(id, purged);
      return ok({ participant: purged, compacted: true, backupsBeforePurge: [] });
    }),
    influenceMap: vi.fn<ParleyApi['participant']['influenceMap']>(async () => ok(influence.current)),
  };
  const api = { ...base.api, participant } as unknown as ParleyApi &
    typeof base.api & { participant: typeof participant };
  return {
    api,
    participant,
    setInfluence(map: InfluenceMapView) {
      influence.current = map;
    },
    get people(): ParticipantView[] {
      return [...store.values()];
    },
  };
}

export type RosterFake = ReturnType<typeof createRosterFake>;

export function renderRoster(dialogue: DialogueView, fake: RosterFake) {
  const session: Session = {
    workspaceName: 'cedar',
    lock: () => undefined,
    lockedElsewhere: () => false,
    reopen: () => undefined,
  };
  const user = userEvent.setup();
  const view = render(
    <ApiContext value={fake.api}>
      <SessionContext value={session}>
        <RosterPage dialogue={dialogue} />
      </SessionContext>
    </ApiContext>,
  );
  return { ...view, user };
}

/**
 * jsdom lays nothing out, so every element is 0 px tall and the virtualizer would show no row:
 * give scroll containers a viewport of `height` pixels for the test's duration.
 */
export function giveElementsHeight(height = 600): () => void {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  // jsdom does not scroll: it keeps no scroll offset and has no scrollTo. Give elements both, so a
  // list scrolls (and fires the event) as in a browser.
  const offsets = new WeakMap<HTMLElement, number>();
  // Room to scroll: the virtualizer clamps to scrollHeight − clientHeight, which jsdom makes 0.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => 10_000_000 });
  const scrollTop = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop');
  Object.defineProperty(HTMLElement.prototype, 'scrollTop', {
    configurable: true,
    get(this: HTMLElement) {
      return offsets.get(this) ?? 0;
    },
    set(this: HTMLElement, value: number) {
      offsets.set(this, value);
    },
  });
  const scrollTo = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollTo');
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
    configurable: true,
    value(this: HTMLElement, options: ScrollToOptions) {
      offsets.set(this, options.top ?? offsets.get(this) ?? 0);
      this.dispatchEvent(new Event('scroll'));
    },
  });
  return () => {
    delete (HTMLElement.prototype as { scrollTop?: unknown }).scrollTop;
    delete (HTMLElement.prototype as { scrollHeight?: unknown }).scrollHeight;
    if (scrollTop) Object.defineProperty(Element.prototype, 'scrollTop', scrollTop);
    if (scrollTo) Object.defineProperty(HTMLElement.prototype, 'scrollTo', scrollTo);
    else delete (HTMLElement.prototype as { scrollTo?: unknown }).scrollTo;
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
    if (width) Object.defineProperty(HTMLElement.prototype, 'clientWidth', width);
  };
}
