import type { Contract, InputOf, ParticipantView } from '../../shared/contract';
import type {
  AliasKind,
  Channel,
  Closeness,
  MultiTrackSector,
  ParticipantStatus,
  ParticipantTrackLevel,
  Rating,
} from '../../shared/domain/participant';

/**
 * What the participant form edits: strings as typed (the contract trims and normalises), lists
 * with a stable React key per row, ratings and enumerations as '' for "not set".
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

export interface ParticipantDraft {
  readonly partyId: string;
  readonly realName: string;
  readonly pseudonym: string;
  readonly speakerCode: string;
  readonly aliases: readonly AliasDraft[];
  readonly affiliation: string;
  readonly affiliationSensitive: boolean;
  readonly role: string;
  readonly trackLevel: ParticipantTrackLevel | '';
  readonly sector: MultiTrackSector | '';
  /** Comma-separated, as typed. */
  readonly languages: string;
  readonly email: string;
  readonly phone: string;
  readonly messaging: string;
  readonly influence: Rating | '';
  readonly openMindedness: Rating | '';
  readonly access: Rating | '';
  readonly personalCapacity: Rating | '';
  readonly selectionNotes: string;
  readonly riskTravel: string;
  readonly riskSafety: string;
  readonly links: readonly LinkDraft[];
  readonly status: ParticipantStatus;
}

let nextKey = 0;
export const rowKey = () => `row-${++nextKey}`;

export function newDraft(partyId: string, speakerCode: string): ParticipantDraft {
  return {
    partyId,
    realName: '',
    pseudonym: '',
    speakerCode,
    aliases: [],
    affiliation: '',
    affiliationSensitive: false,
    role: '',
    trackLevel: '',
    sector: '',
    languages: '',
    email: '',
    phone: '',
    messaging: '',
    influence: '',
    openMindedness: '',
    access: '',
    personalCapacity: '',
    selectionNotes: '',
    riskTravel: '',
    riskSafety: '',
    links: [],
    status: 'prospect',
  };
}

export function draftOf(view: ParticipantView): ParticipantDraft {
  return {
    partyId: view.partyId,
    realName: view.realName,
    pseudonym: view.pseudonym,
    speakerCode: view.speakerCode ?? '',
    aliases: view.aliases.map((a) => ({ key: rowKey(), ...a })),
    affiliation: view.affiliation,
    affiliationSensitive: view.affiliationSensitive,
    role: view.role,
    trackLevel: view.trackLevel ?? '',
    sector: view.sector ?? '',
    languages: view.languages.join(', '),
    email: view.contacts.email,
    phone: view.contacts.phone,
    messaging: view.contacts.messaging,
    influence: view.rationale.influence ?? '',
    openMindedness: view.rationale.openMindedness ?? '',
    access: view.rationale.access ?? '',
    personalCapacity: view.rationale.personalCapacity ?? '',
    selectionNotes: view.rationale.notes,
    riskTravel: view.risks.travel,
    riskSafety: view.risks.safety,
    links: view.links.map((l) => ({
      key: rowKey(),
      decisionMaker: l.decisionMaker,
      closeness: l.closeness,
      channel: l.channel,
      note: l.note,
    })),
    status: view.status,
  };
}

const orNull = <T extends string>(value: T | '') => (value === '' ? null : value);

type Fields = Omit<InputOf<Contract['participant.update']>, 'id'>;

/** The fields of a create or update call. Blank rows are left out rather than refused. */
export function fieldsOf(draft: ParticipantDraft): Fields {
  return {
    partyId: draft.partyId,
    realName: draft.realName,
    ...(draft.pseudonym.trim() === '' ? {} : { pseudonym: draft.pseudonym }),
    ...(draft.speakerCode.trim() === '' ? {} : { speakerCode: draft.speakerCode }),
    aliases: draft.aliases.filter((a) => a.alias.trim() !== '').map(({ alias, kind }) => ({ alias, kind })),
    affiliation: draft.affiliation,
    affiliationSensitive: draft.affiliationSensitive,
    role: draft.role,
    trackLevel: orNull(draft.trackLevel),
    sector: orNull(draft.sector),
    languages: draft.languages
      .split(/[,،]/u)
      .map((language) => language.trim())
      .filter((language) => language !== ''),
    contacts: { email: draft.email, phone: draft.phone, messaging: draft.messaging },
    rationale: {
      influence: orNull(draft.influence),
      openMindedness: orNull(draft.openMindedness),
      access: orNull(draft.access),
      personalCapacity: orNull(draft.personalCapacity),
      notes: draft.selectionNotes,
    },
    risks: { travel: draft.riskTravel, safety: draft.riskSafety },
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
