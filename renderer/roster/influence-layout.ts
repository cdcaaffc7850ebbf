import type { InfluenceMapView, ParticipantSummary, PartyView } from '../../shared/contract';
import { compareCodes, type Channel, type Closeness } from '../../shared/domain/participant';

/**
 * Lays out the influence map without a graph library: one lane per party, participants on the
 * left of their lane and the decision makers they reach on the right. Lanes sit side by side as
 * many as `columns` allows, the rest below (the map's box decides: on a small window the sides
 * are stacked, so the map fits its box instead of scrolling sideways). A decision maker sits in the
 * lane of the party that reaches it most, at the average height of those who reach it (which keeps
 * lines short and crossings few), pushed down just enough not to overlap. Pure and deterministic.
 */

export const NODE_WIDTH = 240;
/** One party's lane: participants, the gap for the lines, decision makers. */
export const LANE_WIDTH = 600;
export const NODE_HEIGHT = 30;
const ROW = 40;
export const LANE_GAP = 56;
/** Between lanes stacked one above the other. */
const ROW_GAP = 16;
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
  readonly y: number;
  readonly width: number;
  readonly height: number;
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
  columns = Number.POSITIVE_INFINITY,
): MapLayout {
  const visible = new Map(participants.map((p) => [p.id, p]));
  const links = map.links.filter((link) => visible.has(link.participantId));
  const linked = new Set(links.map((link) => link.participantId));
  const lanes = [...parties]
    .sort((a, b) => a.position - b.position)
    .filter((party) => participants.some((p) => p.partyId === party.id && linked.has(p.id)));

  const laneWidth = LANE_WIDTH;
  // First every lane on its own (coordinates from the lane's top left), then the lanes on the grid.
  const local = new Map<string, { x: number; y: number; laneId: string }>();
  const localNodes: (Omit<MapNode, 'x' | 'y'> & { laneId: string })[] = [];

  for (const party of lanes) {
    const members = participants
      .filter((p) => p.partyId === party.id && linked.has(p.id))
      .sort((a, b) => compareCodes(a.speakerCode, b.speakerCode));
    members.forEach((p, row) => {
      const text = label(p);
      localNodes.push({ id: p.id, kind: 'participant', label: shorten(text), title: text, laneId: party.id });
      local.set(p.id, { x: 0, y: TOP + row * ROW, laneId: party.id });
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
      const ys = reachers.filter((p) => p.partyId === home.id).map((p) => local.get(p.id)!.y);
      return { maker, home, ideal: ys.reduce((sum, y) => sum + y, 0) / ys.length };
    })
    .filter((entry) => entry !== null);
  for (const party of lanes) {
    let next = TOP;
    for (const entry of placed
      .filter((e) => e.home.id === party.id)
      .sort((a, b) => a.ideal - b.ideal || a.maker.name.localeCompare(b.maker.name))) {
      const y = Math.max(next, Math.round(entry.ideal));
      localNodes.push({
        id: entry.maker.id,
        kind: 'decision-maker',
        label: shorten(entry.maker.name),
        title: entry.maker.name,
        laneId: party.id,
      });
      local.set(entry.maker.id, { x: NODE_WIDTH + COLUMN_GAP, y, laneId: party.id });
      next = y + ROW;
    }
  }

  const laneHeight = new Map(
    lanes.map((party) => {
      const bottoms = [...local.values()].filter((n) => n.laneId === party.id).map((n) => n.y + NODE_HEIGHT);
      return [party.id, Math.max(TOP, ...bottoms) + 16];
    }),
  );
  const perRow = Math.max(1, Math.min(Math.floor(columns), lanes.length));
  const origin = new Map<string, { x: number; y: number }>();
  let top = 0;
  for (let first = 0; first < lanes.length; first += perRow) {
    const row = lanes.slice(first, first + perRow);
    row.forEach((party, column) => origin.set(party.id, { x: column * (laneWidth + LANE_GAP), y: top }));
    top += Math.max(...row.map((party) => laneHeight.get(party.id)!)) + ROW_GAP;
  }

  const centre = new Map<string, { x: number; y: number }>();
  for (const [id, at] of local) {
    const lane = origin.get(at.laneId)!;
    centre.set(id, { x: lane.x + at.x, y: lane.y + at.y });
  }
  const nodes: MapNode[] = localNodes.map(({ laneId: _lane, ...node }) => ({ ...node, ...centre.get(node.id)! }));

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

  return {
    width: Math.max(laneWidth, perRow * (laneWidth + LANE_GAP) - LANE_GAP),
    height: Math.max(TOP + 16, top - ROW_GAP),
    lanes: lanes.map((party) => ({
      party,
      x: origin.get(party.id)!.x,
      y: origin.get(party.id)!.y,
      width: laneWidth,
      height: laneHeight.get(party.id)!,
    })),
    nodes,
    edges,
  };
}
