import type { ParticipantSummary, PartyView } from '../../shared/contract';
import {
  compareParticipants,
  filterTerms,
  matchesFilter,
  rosterSearchKey,
  type ParticipantStatus,
  type RosterSort,
} from '../../shared/domain/participant';

/**
 * The roster as the page shows it: filtered in memory as the facilitator types (no round trip per
 * keystroke), sorted, and grouped under one header per party. Pure, so it is tested on its own.
 */

export interface RosterView {
  readonly filter: string;
  readonly partyId: string | null;
  readonly status: ParticipantStatus | null;
  readonly sort: RosterSort;
}

export const INITIAL_VIEW: RosterView = { filter: '', partyId: null, status: null, sort: 'party' };

export type RosterRow =
  | { readonly kind: 'party'; readonly party: PartyView; readonly count: number }
  | { readonly kind: 'participant'; readonly participant: ParticipantSummary; readonly party: PartyView };

/** Search keys are computed once per loaded list, not per keystroke. */
export function indexRoster(list: readonly ParticipantSummary[]): Map<string, string> {
  return new Map(list.map((p) => [p.id, rosterSearchKey({ ...p, aliases: p.aliases.map((alias) => alias.alias) })]));
}

export function rosterRows(
  list: readonly ParticipantSummary[],
  keys: ReadonlyMap<string, string>,
  parties: readonly PartyView[],
  view: RosterView,
): RosterRow[] {
  const terms = filterTerms(view.filter);
  const position = new Map(parties.map((party) => [party.id, party.position]));
  const compare = compareParticipants(view.sort);
  const visible = list
    .filter((p) => view.partyId === null || p.partyId === view.partyId)
    .filter((p) => view.status === null || p.status === view.status)
    .filter((p) => terms.length === 0 || matchesFilter(keys.get(p.id) ?? '', terms))
    .map((p) => ({ ...p, partyPosition: position.get(p.partyId) ?? 0, summary: p }))
    .sort(compare);
  const byParty = Map.groupBy(visible, (p) => p.partyId);
  const rows: RosterRow[] = [];
  for (const party of [...parties].sort((a, b) => a.position - b.position)) {
    const members = byParty.get(party.id) ?? [];
    if (members.length === 0) continue;
    rows.push({ kind: 'party', party, count: members.length });
    for (const member of members) rows.push({ kind: 'participant', participant: member.summary, party });
  }
  return rows;
}

/** What the list calls someone. With names hidden (working in public), the pseudonym stands in. */
export function shownName(participant: ParticipantSummary, hideNames: boolean): string {
  if (participant.purged) return participant.pseudonym;
  return hideNames ? participant.pseudonym : participant.realName;
}
