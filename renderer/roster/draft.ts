import type { Contract, InputOf, ParticipantIdentity, ParticipantView } from '../../shared/contract';
import type {
  AliasKind,
  Channel,
  Closeness,
  IdentityPart,
  MultiTrackSector,
  ParticipantStatus,
  ParticipantTrackLevel,
  Rating,
} from '../../shared/domain/participant';

/**
 * What the participant form edits: strings as typed (the contract trims and normalises), lists
 * with a stable React key per row, ratings and enumerations as '' for "not set". The identity is
 * kept apart, part by part, and holds only what was fetched to be shown: a part that was never
 * revealed is null and is left out of the save, so it stays as it is.
 */

export interface AliasDraft {
  readonly key: string;
  readonly alias: string;
  readonly kind: AliasKind;
}

export interface LinkDraft {
  readonly key: string;
  readonly decisionMaker: string;
  readonly closeness: Closeness;
  readonly channel: Channel;
  readonly note: string;
}

export interface IdentityDraft {
  readonly names: { readonly realName: string; readonly aliases: readonly AliasDraft[] } | null;
  readonly contacts: { readonly email: string; readonly phone: string; readonly messaging: string } | null;
  readonly risks: { readonly travel: string; readonly safety: string } | null;
}

export interface ParticipantDraft {
  readonly partyId: string;
  readonly pseudonym: string;
  readonly speakerCode: string;
  /** Null while it is sensitive and not revealed: then the save leaves it as it is. */
  readonly affiliation: string | null;
  readonly affiliationSensitive: boolean;
  readonly role: string;
  readonly trackLevel: ParticipantTrackLevel | '';
  readonly sector: MultiTrackSector | '';
  /** Comma-separated, as typed. */
  readonly languages: string;
  readonly influence: Rating | '';
  readonly openMindedness: Rating | '';
  readonly access: Rating | '';
  readonly personalCapacity: Rating | '';
  readonly selectionNotes: string;
  readonly links: readonly LinkDraft[];
  readonly status: ParticipantStatus;
  readonly identity: IdentityDraft;
}

let nextKey = 0;
export const rowKey = () => `row-${++nextKey}`;

export const NO_IDENTITY: IdentityDraft = { names: null, contacts: null, risks: null };

/** A new participant: the facilitator types the identity, so every part of it is there, blank. */
export function newDraft(partyId: string, speakerCode: string): ParticipantDraft {
  return {
    partyId,
    pseudonym: '',
    speakerCode,
    affiliation: '',
    affiliationSensitive: false,
    role: '',
    trackLevel: '',
    sector: '',
    languages: '',
    influence: '',
    openMindedness: '',
    access: '',
    personalCapacity: '',
    selectionNotes: '',
    links: [],
    status: 'prospect',
    identity: {
      names: { realName: '', aliases: [] },
      contacts: { email: '', phone: '', messaging: '' },
      risks: { travel: '', safety: '' },
    },
  };
}

export function draftOf(view: ParticipantView, identity: IdentityDraft = NO_IDENTITY): ParticipantDraft {
  return {
    partyId: view.partyId,
    pseudonym: view.pseudonym,
    speakerCode: view.speakerCode ?? '',
    affiliation: view.affiliationSensitive ? null : view.affiliation,
    affiliationSensitive: view.affiliationSensitive,
    role: view.role,
    trackLevel: view.trackLevel ?? '',
    sector: view.sector ?? '',
    languages: view.languages.join(', '),
    influence: view.rationale.influence ?? '',
    openMindedness: view.rationale.openMindedness ?? '',
    access: view.rationale.access ?? '',
    personalCapacity: view.rationale.personalCapacity ?? '',
    selectionNotes: view.rationale.notes,
    links: view.links.map((l) => ({
      key: rowKey(),
      decisionMaker: l.decisionMaker,
      closeness: l.closeness,
      channel: l.channel,
      note: l.note,
    })),
    status: view.status,
    identity,
  };
}

/** The parts of an identity fetched from main, as the form edits them. */
export function identityDraftOf(identity: ParticipantIdentity, into: IdentityDraft = NO_IDENTITY): IdentityDraft {
  return {
    names: identity.names
      ? { realName: identity.names.realName, aliases: identity.names.aliases.map((a) => ({ key: rowKey(), ...a })) }
      : into.names,
    contacts: identity.contacts ?? into.contacts,
    risks: identity.risks ?? into.risks,
  };
}

/** Which parts of the identity are in the draft. */
export function loadedParts(draft: ParticipantDraft): IdentityPart[] {
  return [
    ...(draft.identity.names ? (['names'] as const) : []),
    ...(draft.affiliation !== null ? (['affiliation'] as const) : []),
    ...(draft.identity.contacts ? (['contacts'] as const) : []),
    ...(draft.identity.risks ? (['risks'] as const) : []),
  ];
}

const orNull = <T extends string>(value: T | '') => (value === '' ? null : value);

type Fields = Omit<InputOf<Contract['participant.update']>, 'id'>;

/**
 * The fields of a create or update call. Blank rows are left out rather than refused; identity
 * parts that were never fetched are left out, so main keeps them as they are.
 */
export function fieldsOf(draft: ParticipantDraft): Fields {
  const { names, contacts, risks } = draft.identity;
  const { affiliation } = draft;
  return {
    partyId: draft.partyId,
    ...(draft.pseudonym.trim() === '' ? {} : { pseudonym: draft.pseudonym }),
    ...(draft.speakerCode.trim() === '' ? {} : { speakerCode: draft.speakerCode }),
    ...(names
      ? {
          realName: names.realName,
          aliases: names.aliases.filter((a) => a.alias.trim() !== '').map(({ alias, kind }) => ({ alias, kind })),
        }
      : {}),
    ...(affiliation === null ? {} : { affiliation }),
    affiliationSensitive: draft.affiliationSensitive,
    role: draft.role,
    trackLevel: orNull(draft.trackLevel),
    sector: orNull(draft.sector),
    languages: draft.languages
      .split(/[,،]/u)
      .map((language) => language.trim())
      .filter((language) => language !== ''),
    ...(contacts ? { contacts } : {}),
    rationale: {
      influence: orNull(draft.influence),
      openMindedness: orNull(draft.openMindedness),
      access: orNull(draft.access),
      personalCapacity: orNull(draft.personalCapacity),
      notes: draft.selectionNotes,
    },
    ...(risks ? { risks } : {}),
    links: draft.links
      .filter((l) => l.decisionMaker.trim() !== '')
      .map(({ decisionMaker, closeness, channel, note }) => ({ decisionMaker, closeness, channel, note })),
    status: draft.status,
  };
}

/**
 * The form field that shows an issue of the contract: "contacts.email" stays as it is, list issues
 * ("aliases.1.alias") go to the list as a whole, since blank rows are dropped before sending.
 */
export function fieldOfIssue(path: string): string {
  const [head = '', second = ''] = path.split('.');
  return head === 'contacts' || head === 'risks' || head === 'rationale' ? `${head}.${second}` : head;
}
