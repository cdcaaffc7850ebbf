import type { InfluenceMapView, ParticipantSummary, PartyView } from '../../shared/contract';
import { compareCodes, type Channel, type Closeness } from '../../shared/domain/participant';

/**
 * Lays out the influence map without a graph library: one lane per party, participants on the
 * left of their lane and the decision makers they reach on the right. A decision maker sits in the
 * lane of the party that reaches it most, at the average height of those who reach it (which keeps
 * lines short and crossings few), pushed down just enough not to overlap. Pure and deterministic.
 */

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 30;
const ROW = 40;
const LANE_GAP = 56;
const COLUMN_GAP = 120;
const TOP = 48;
const MAX_LABEL = 32;

export interface MapNode {
  readonly id: string;
  readonly kind: 'participant' | 'decision-maker';
  readonly x: number;
  readonly y: number;
  readonly label: string;
  /** The full text, when the label had to be shortened. */
  readonly title: string;
}

export interface MapEdge {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly closeness: Closeness;
  readonly channel: Channel;
}

export interface MapLane {
  readonly party: PartyView;
  readonly x: number;
  readonly width: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly MapLane[];
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

export function layoutInfluenceMap(
  parties: readonly PartyView[],
  participants: readonly ParticipantSummary[],
  map: InfluenceMapView,
  label: (participant: ParticipantSummary) => string,
): MapLayout {
  const visible = new Map(participants.map((p) => [p.id, p]));
  const links = map.links.filter((link) => visible.has(link.participantId));
  const linked = new Set(links.map((link) => link.participantId));
  const lanes = [...parties]
    .sort((a, b) => a.position - b.position)
    .filter((party) => participants.some((p) => p.partyId === party.id && linked.has(p.id)));

  const laneWidth = NODE_WIDTH * 2 + COLUMN_GAP;
  const laneX = new Map(lanes.map((party, index) => [party.id, index * (laneWidth + LANE_GAP)]));
  const nodes: MapNode[] = [];
  const centre = new Map<string, { x: number; y: number }>();

  for (const party of lanes) {
    const members = participants
      .filter((p) => p.partyId === party.id && linked.has(p.id))
      .sort((a, b) => compareCodes(a.speakerCode, b.speakerCode));
    members.forEach((p, row) => {
      const x = laneX.get(party.id)!;
      const y = TOP + row * ROW;
      const text = label(p);
      nodes.push({ id: p.id, kind: 'participant', x, y, label: shorten(text), title: text });
      centre.set(p.id, { x, y });
    });
  }

  // Each decision maker goes to the lane that reaches it most, at its reachers' average height.
  const placed = map.decisionMakers
    .map((maker) => {
      const reachers = links
        .filter((link) => link.decisionMakerId === maker.id)
        .map((link) => visible.get(link.participantId)!);
      if (reachers.length === 0) return null;
      const counts = Map.groupBy(reachers, (p) => p.partyId);
      const home = lanes.find(
        (party) => (counts.get(party.id)?.length ?? 0) === Math.max(...[...counts.values()].map((g) => g.length)),
      )!;
      const ys = reachers.map((p) => centre.get(p.id)!.y);
      return { maker, home, ideal: ys.reduce((sum, y) => sum + y, 0) / ys.length };
    })
    .filter((entry) => entry !== null);
  for (const party of lanes) {
    let next = TOP;
    for (const entry of placed
      .filter((e) => e.home.id === party.id)
      .sort((a, b) => a.ideal - b.ideal || a.maker.name.localeCompare(b.maker.name))) {
      const y = Math.max(next, Math.round(entry.ideal));
      const x = laneX.get(party.id)! + NODE_WIDTH + COLUMN_GAP;
      nodes.push({
        id: entry.maker.id,
        kind: 'decision-maker',
        x,
        y,
        label: shorten(entry.maker.name),
        title: entry.maker.name,
      });
      centre.set(entry.maker.id, { x, y });
      next = y + ROW;
    }
  }

  const edges: MapEdge[] = links.map((link) => {
    const from = centre.get(link.participantId)!;
    const to = centre.get(link.decisionMakerId)!;
    return {
      key: `${link.participantId}-${link.decisionMakerId}`,
      x1: from.x + NODE_WIDTH,
      y1: from.y + NODE_HEIGHT / 2,
      x2: to.x,
      y2: to.y + NODE_HEIGHT / 2,
      closeness: link.closeness,
      channel: link.channel,
    };
  });

  const bottom = Math.max(TOP, ...nodes.map((node) => node.y + NODE_HEIGHT));
  return {
    width: Math.max(laneWidth, lanes.length * (laneWidth + LANE_GAP) - LANE_GAP),
    height: bottom + 16,
    lanes: lanes.map((party) => ({ party, x: laneX.get(party.id)!, width: laneWidth })),
    nodes,
    edges,
  };
}
