import type { DialogueView, InputOf, Contract } from '../../shared/contract';
import type { DialogueStatus, PartyKind, TrackLevel } from '../../shared/domain/dialogue';

/**
 * What the dialogue form edits. Strings stay as typed (the contract trims and normalises); an
 * empty date is "not started". Parties already saved carry their id: the contract cannot rename
 * or remove them yet, so the form shows them read-only and only adds new ones. Sponsors and root
 * causes are replaced as whole lists by `dialogue.update`, so every row stays editable.
 */
export interface PartyDraft {
  /** Stable React key for the row, also for rows not saved yet. */
  readonly key: string;
  readonly id?: string;
  readonly name: string;
  readonly kind: PartyKind;
}

export interface SponsorDraft {
  readonly key: string;
  readonly name: string;
}

/** A root cause keeps its id once saved: `dialogue.update` keeps (and edits) entries with an id. */
export interface RootCauseDraft {
  readonly key: string;
  readonly id?: string;
  readonly title: string;
  readonly description: string;
}

export interface DialogueDraft {
  readonly codeName: string;
  readonly conflict: string;
  readonly status: DialogueStatus;
  readonly trackLevel: TrackLevel;
  readonly startedOn: string;
  readonly objectives: string;
  readonly parties: readonly PartyDraft[];
  readonly sponsors: readonly SponsorDraft[];
  readonly rootCauses: readonly RootCauseDraft[];
}

/** The contract's limits per dialogue (it refuses more; the form stops offering rows first). */
export const MAX_PARTIES = 20;
export const MAX_SPONSORS = 20;
export const MAX_ROOT_CAUSES = 50;

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `party-${nextKey}`;
}

export function blankParty(kind: PartyKind = 'side'): PartyDraft {
  return { key: newRowKey(), name: '', kind };
}

export function blankSponsor(): SponsorDraft {
  return { key: newRowKey(), name: '' };
}

export function blankRootCause(): RootCauseDraft {
  return { key: newRowKey(), title: '', description: '' };
}

/** A new dialogue starts the way almost every Track Two process does: two sides and a third party. */
export function newDraft(): DialogueDraft {
  return {
    codeName: '',
    conflict: '',
    status: 'exploring',
    trackLevel: '2',
    startedOn: '',
    objectives: '',
    parties: [
      { key: newRowKey(), name: 'Side A', kind: 'side' },
      { key: newRowKey(), name: 'Side B', kind: 'side' },
      { key: newRowKey(), name: 'Facilitation team', kind: 'facilitation' },
    ],
    sponsors: [],
    rootCauses: [],
  };
}

export function draftOf(dialogue: DialogueView): DialogueDraft {
  return {
    codeName: dialogue.codeName,
    conflict: dialogue.conflict,
    status: dialogue.status,
    trackLevel: dialogue.trackLevel,
    startedOn: dialogue.startedOn ?? '',
    objectives: dialogue.objectives,
    parties: dialogue.parties.map((party) => ({ key: party.id, id: party.id, name: party.name, kind: party.kind })),
    sponsors: dialogue.sponsors.map((name) => ({ key: newRowKey(), name })),
    rootCauses: dialogue.rootCauses.map(({ id, title, description }) => ({ key: id, id, title, description })),
  };
}

export function createInput(draft: DialogueDraft): InputOf<Contract['dialogue.create']> {
  return {
    codeName: draft.codeName,
    conflict: draft.conflict,
    status: draft.status,
    trackLevel: draft.trackLevel,
    startedOn: draft.startedOn || null,
    objectives: draft.objectives,
    parties: draft.parties.map(({ name, kind }) => ({ name, kind })),
    sponsors: draft.sponsors.map(({ name }) => name),
    rootCauses: draft.rootCauses.map(({ title, description }) => ({ title, description })),
  };
}

export function updateInput(id: string, draft: DialogueDraft): InputOf<Contract['dialogue.update']> {
  return {
    id,
    codeName: draft.codeName,
    conflict: draft.conflict,
    status: draft.status,
    trackLevel: draft.trackLevel,
    startedOn: draft.startedOn || null,
    objectives: draft.objectives,
    // Both lists are replaced as a whole; a root cause left out is deleted, one with an id kept.
    sponsors: draft.sponsors.map(({ name }) => name),
    rootCauses: draft.rootCauses.map(({ id, title, description }) =>
      id ? { id, title, description } : { title, description },
    ),
  };
}

/** Parties added in this edit, with their row index (issue paths are "parties.<index>.name"). */
export function unsavedParties(draft: DialogueDraft): { party: PartyDraft; index: number }[] {
  return draft.parties.flatMap((party, index) => (party.id ? [] : [{ party, index }]));
}

export function isDirty(draft: DialogueDraft, initial: DialogueDraft): boolean {
  // Row keys are React bookkeeping, not content.
  const strip = (d: DialogueDraft) => ({
    ...d,
    parties: d.parties.map(({ name, kind, id }) => ({ name, kind, id })),
    sponsors: d.sponsors.map(({ name }) => name),
    rootCauses: d.rootCauses.map(({ id, title, description }) => ({ id, title, description })),
  });
  return JSON.stringify(strip(draft)) !== JSON.stringify(strip(initial));
}
