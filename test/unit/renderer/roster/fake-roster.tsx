import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type {
  AliasView,
  Contacts,
  DialogueView,
  InfluenceMapView,
  ParleyApi,
  ParticipantSummary,
  ParticipantView,
  PartyView,
  RiskNotes,
  WorkspaceSettings,
} from '../../../../shared/contract';
import {
  compareParticipants,
  filterTerms,
  matchesFilter,
  nextSpeakerCode,
  partyLetter,
  PURGED_PSEUDONYM,
  rosterSearchKey,
} from '../../../../shared/domain/participant';
import { ApiContext } from '../../../../renderer/api';
import { RosterPage } from '../../../../renderer/roster/RosterPage';
import { createFakeApi, dialogueView } from '../fake-api';
import { TestFrame } from '../frame';

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

/** A participant as main keeps it: the view the window gets, and the identity it gets only on request. */
export interface Recorded extends ParticipantView {
  readonly realName: string;
  readonly aliases: readonly AliasView[];
  /** The affiliation itself (the view blanks it when sensitive). */
  readonly fullAffiliation: string;
  readonly contacts: Contacts;
  readonly risks: RiskNotes;
}

export type RecordedFields = Partial<Omit<Recorded, 'fullAffiliation'>>;

export function participantView(dialogue: DialogueView, fields: RecordedFields = {}): Recorded {
  const affiliation = fields.affiliation ?? '';
  return {
    id: uuid(),
    dialogueId: dialogue.id,
    partyId: dialogue.parties[0]!.id,
    speakerCode: 'A1',
    pseudonym: 'Participant A1',
    realName: 'Someone',
    aliases: [],
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
    identityOnRecord: { aliases: 0, contacts: false, riskNotes: false },
    ...fields,
    affiliation,
    fullAffiliation: affiliation,
  };
}

/** What main sends the window: never a name, alias, contact, sensitive affiliation or risk note. */
export function viewOf(p: Recorded): ParticipantView {
  const { realName: _name, aliases, fullAffiliation, contacts, risks, ...view } = p;
  return {
    ...view,
    affiliation: p.affiliationSensitive ? '' : fullAffiliation,
    identityOnRecord: {
      aliases: aliases.length,
      contacts: Object.values(contacts).some((v) => v !== ''),
      riskNotes: Object.values(risks).some((v) => v !== ''),
    },
  };
}

function summaryOf(p: Recorded): ParticipantSummary {
  const {
    languages: _l,
    rationale: _r,
    links: _k,
    consents: _c,
    createdAt: _a,
    purgedOn: _p,
    identityOnRecord: _i,
    ...summary
  } = viewOf(p);
  return summary;
}

/**
 * `window.parley` for the roster: the shared fake for workspace and dialogues, plus an in-memory
 * roster whose methods are `vi.fn`s, so tests assert what was asked of main.
 */
export function createRosterFake(dialogue: DialogueView, people: readonly Recorded[] = []) {
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
  const influence: { current: InfluenceMapView } = { current: { decisionMakers: [], links: [] } };
  const position = new Map(dialogue.parties.map((party) => [party.id, party.position]));

  const participant = {
    // As main does: filtered on names and aliases unless the privacy screen asks for codes only.
    list: vi.fn<ParleyApi['participant']['list']>(async (input) => {
      const terms = filterTerms(input.filter ?? '');
      const all = [...store.values()].filter((p) => input.includePurged !== false || !p.purged);
      const matching = all.filter((p) =>
        matchesFilter(
          rosterSearchKey(
            input.searchIdentities === false
              ? { realName: '', aliases: [], pseudonym: p.pseudonym, speakerCode: p.speakerCode }
              : { ...p, aliases: p.aliases.map((a) => a.alias) },
          ),
          terms,
        ),
      );
      const compare = compareParticipants(input.sort ?? 'party');
      return ok(
        matching
          .map((p) => ({ ...p, partyPosition: position.get(p.partyId) ?? 0 }))
          .sort(compare)
          .map(summaryOf),
      );
    }),
    names: vi.fn<ParleyApi['participant']['names']>(async () =>
      ok([...store.values()].filter((p) => !p.purged).map((p) => ({ id: p.id, realName: p.realName }))),
    ),
    get: vi.fn<ParleyApi['participant']['get']>(async ({ id }) => {
      const found = store.get(id);
      return found ? ok(viewOf(found)) : fail('PARTICIPANT_NOT_FOUND', 'That participant is no longer on the roster.');
    }),
    identity: vi.fn<ParleyApi['participant']['identity']>(async ({ id, parts }) => {
      const found = store.get(id);
      if (!found) return fail('PARTICIPANT_NOT_FOUND', 'That participant is no longer on the roster.');
      if (found.purged) return fail('PARTICIPANT_PURGED', 'Purged.');
      return ok({
        participantId: id,
        names: parts.includes('names') ? { realName: found.realName, aliases: found.aliases } : null,
        affiliation: parts.includes('affiliation') ? found.fullAffiliation : null,
        contacts: parts.includes('contacts') ? found.contacts : null,
        risks: parts.includes('risks') ? found.risks : null,
      });
    }),
    importCsv: vi.fn<ParleyApi['participant']['importCsv']>(async () =>
      fail(
        'IMPORT_REJECTED',
        'Nothing was imported: 2 rows have problems.\nLine 3: no party “East”.\nLine 5: status “maybe”.',
      ),
    ),
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
      return ok(viewOf(made));
    }),
    update: vi.fn<ParleyApi['participant']['update']>(async ({ id, ...changes }) => {
      const found = store.get(id);
      if (!found) return fail('PARTICIPANT_NOT_FOUND', 'That participant is no longer on the roster.');
      const code = changes.speakerCode?.toUpperCase();
      if (code && code !== found.speakerCode && codes().includes(code)) {
        return fail('DUPLICATE_SPEAKER_CODE', `Speaker code ${code} is already used in this dialogue.`);
      }
      const updated: Recorded = {
        ...found,
        realName: changes.realName ?? found.realName,
        aliases: changes.aliases?.map((a) => ({ alias: a.alias, kind: a.kind ?? 'spelling' })) ?? found.aliases,
        role: changes.role ?? found.role,
        pseudonym: changes.pseudonym ?? found.pseudonym,
        speakerCode: code ?? found.speakerCode,
        status: changes.status ?? found.status,
        contacts: changes.contacts ? { email: '', phone: '', messaging: '', ...changes.contacts } : found.contacts,
      };
      store.set(id, updated);
      return ok(viewOf(updated));
    }),
    recordConsent: vi.fn<ParleyApi['participant']['recordConsent']>(async ({ participantId, givenOn, scopes }) => {
      const found = store.get(participantId)!;
      const updated: Recorded = {
        ...found,
        consent: { state: 'given', givenOn, scopes, withdrawnOn: null },
        consents: [...found.consents, { id: uuid(), givenOn, scopes, note: '', withdrawnOn: null, withdrawalNote: '' }],
      };
      store.set(participantId, updated);
      return ok(viewOf(updated));
    }),
    withdrawConsent: vi.fn<ParleyApi['participant']['withdrawConsent']>(async ({ participantId, withdrawnOn }) => {
      const found = store.get(participantId)!;
      if (found.consent.state !== 'given') return fail('NO_ACTIVE_CONSENT', 'No consent in force.');
      const updated: Recorded = { ...found, consent: { ...found.consent, state: 'withdrawn', withdrawnOn } };
      store.set(participantId, updated);
      return ok(viewOf(updated));
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
      return ok({ participant: viewOf(purged), compacted: true, backupsBeforePurge: [] });
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
    get people(): Recorded[] {
      return [...store.values()];
    },
  };
}

export type RosterFake = ReturnType<typeof createRosterFake>;

export function renderRoster(dialogue: DialogueView, fake: RosterFake, settings: Partial<WorkspaceSettings> = {}) {
  const user = userEvent.setup();
  const view = render(
    <ApiContext value={fake.api}>
      <TestFrame settings={settings}>
        <RosterPage dialogue={dialogue} />
      </TestFrame>
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
