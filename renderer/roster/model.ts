import type { ParticipantSummary, PartyView } from '../../shared/contract';
import type { ParticipantStatus, RosterSort } from '../../shared/domain/participant';

/**
 * The roster as the page shows it: main's list (already in the chosen order, without identities),
 * narrowed to the participants main found for the filter and to a party and status, and grouped
 * under one header per party. Pure, so it is tested on its own.
 */

export interface RosterView {
  readonly filter: string;
  readonly partyId: string | null;
  readonly status: ParticipantStatus | null;
  readonly sort: RosterSort;
}

export const INITIAL_VIEW: RosterView = { filter: '', partyId: null, status: null, sort: 'party' };

export interface GroupCounts {
  /** Everyone in the group as shown, the neutral entries of purged participants included. */
  readonly total: number;
  readonly purged: number;
}

export type RosterRow =
  | { readonly kind: 'party'; readonly party: PartyView; readonly count: GroupCounts }
  | { readonly kind: 'participant'; readonly participant: ParticipantSummary; readonly party: PartyView };

/**
 * `matches`: the ids main found for the filter, or null when there is no filter. Parties keep the
 * dialogue's order; members keep main's order.
 */
export function rosterRows(
  list: readonly ParticipantSummary[],
  parties: readonly PartyView[],
  view: Pick<RosterView, 'partyId' | 'status'>,
  matches: ReadonlySet<string> | null,
): RosterRow[] {
  const visible = list
    .filter((p) => view.partyId === null || p.partyId === view.partyId)
    .filter((p) => view.status === null || p.status === view.status)
    .filter((p) => matches === null || matches.has(p.id));
  const byParty = Map.groupBy(visible, (p) => p.partyId);
  const rows: RosterRow[] = [];
  for (const party of [...parties].sort((a, b) => a.position - b.position)) {
    const members = byParty.get(party.id) ?? [];
    if (members.length === 0) continue;
    rows.push({
      kind: 'party',
      party,
      count: { total: members.length, purged: members.filter((m) => m.purged).length },
    });
    for (const member of members) rows.push({ kind: 'participant', participant: member, party });
  }
  return rows;
}

export interface RosterCounts {
  /** Every entry of the roster, purged ones included: the sum of the groups' counts. */
  readonly entries: number;
  /** Status "withdrawn" (and not purged). */
  readonly withdrawn: number;
  readonly purged: number;
}

export function rosterCounts(list: readonly ParticipantSummary[]): RosterCounts {
  return {
    entries: list.length,
    withdrawn: list.filter((p) => !p.purged && p.status === 'withdrawn').length,
    purged: list.filter((p) => p.purged).length,
  };
}

/**
 * What the list calls someone: the real name when names are shown (privacy screen off and the
 * name fetched), else the pseudonym. A purged participant has only the neutral pseudonym.
 */
export function shownName(participant: ParticipantSummary, names: ReadonlyMap<string, string> | null): string {
  if (participant.purged || !names) return participant.pseudonym;
  return names.get(participant.id) || participant.pseudonym;
}
