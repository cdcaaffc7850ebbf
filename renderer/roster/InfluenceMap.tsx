import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { InfluenceMapView, ParticipantSummary, PartyView } from '../../shared/contract';
import { CHANNEL_LABELS, CLOSENESS_LABELS, compareCodes } from '../../shared/domain/participant';
import { TableBox } from '../ui/TableBox';
import { LANE_GAP, LANE_WIDTH, layoutInfluenceMap, NODE_HEIGHT, NODE_WIDTH } from './influence-layout';
import { shownName } from './model';
import { Checkbox } from '../ui/Checkbox';

export interface InfluenceMapProps {
  readonly parties: readonly PartyView[];
  /** The participants the roster's filter currently shows. */
  readonly participants: readonly ParticipantSummary[];
  readonly map: InfluenceMapView;
  /** Real names to show; null under the privacy screen (pseudonyms instead). */
  readonly names: ReadonlyMap<string, string> | null;
}

/** How many lanes fit side by side in a box this wide (at least one; then the map scales down). */
function lanesThatFit(width: number): number {
  return Math.max(1, Math.floor((width + LANE_GAP) / (LANE_WIDTH + LANE_GAP)));
}

/**
 * Who reaches whom: a picture drawn as plain SVG (no network, no library) and, for screen readers
 * and for reading precisely, the same facts as a table. Solid lines are direct links, dashed ones
 * one step removed; informal channels are drawn in amber.
 */
export function InfluenceMap({ parties, participants, map, names }: InfluenceMapProps) {
  const [directOnly, setDirectOnly] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(Number.POSITIVE_INFINITY);
  // The map fits its box: as many sides side by side as fit, the others below.
  useEffect(() => {
    const element = canvas.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setColumns(lanesThatFit(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const titleId = useId();
  const descId = useId();
  const shown = useMemo(
    () => ({ ...map, links: directOnly ? map.links.filter((link) => link.closeness === 'direct') : map.links }),
    [map, directOnly],
  );
  const label = (p: ParticipantSummary) => `${p.speakerCode ?? '—'} ${shownName(p, names)}`;
  const layout = useMemo(
    () => layoutInfluenceMap(parties, participants, shown, label, columns),
    // `label` depends only on names.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [parties, participants, shown, names, columns],
  );

  const byId = new Map(participants.map((p) => [p.id, p]));
  const makers = new Map(map.decisionMakers.map((m) => [m.id, m.name]));
  const partyName = new Map(parties.map((party) => [party.id, party.name]));
  const position = new Map(parties.map((party) => [party.id, party.position]));
  const rows = shown.links
    .filter((link) => byId.has(link.participantId))
    .map((link) => ({
      link,
      participant: byId.get(link.participantId)!,
      maker: makers.get(link.decisionMakerId) ?? '',
    }))
    .sort(
      (a, b) =>
        (position.get(a.participant.partyId) ?? 0) - (position.get(b.participant.partyId) ?? 0) ||
        compareCodes(a.participant.speakerCode, b.participant.speakerCode),
    );
  const reached = new Set(rows.map((row) => row.link.decisionMakerId)).size;
  const reachers = new Set(rows.map((row) => row.link.participantId)).size;
  const summary =
    rows.length === 0
      ? 'No links to decision makers among the participants shown.'
      : `${reachers} participant${reachers === 1 ? '' : 's'} reach ${reached} decision maker${reached === 1 ? '' : 's'} ` +
        `through ${rows.length} link${rows.length === 1 ? '' : 's'}, ` +
        `${rows.filter((row) => row.link.closeness === 'direct').length} of them direct.`;

  return (
    <section className="influence" aria-labelledby={titleId}>
      <div className="influence__toolbar">
        <h2 id={titleId}>Influence map</h2>
        <Checkbox checked={directOnly} onChange={setDirectOnly}>
          Direct links only
        </Checkbox>
      </div>
      <p id={descId} className="influence__summary">
        {summary}
      </p>
      {rows.length > 0 && (
        <>
          <div className="influence__legend" aria-hidden="true">
            <span className="legend legend--direct">Direct</span>
            <span className="legend legend--one-step">One step removed</span>
            <span className="legend legend--informal">Informal channel</span>
          </div>
          <div className="influence__canvas" ref={canvas}>
            <svg
              role="img"
              aria-labelledby={`${titleId} ${descId}`}
              // Never wider than its box: narrower boxes stack the sides, then scale the drawing.
              width="100%"
              style={{ maxWidth: layout.width }}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
            >
              {layout.lanes.map((lane) => (
                <g key={lane.party.id}>
                  <rect
                    className="influence__lane"
                    x={lane.x}
                    y={lane.y}
                    width={lane.width}
                    height={lane.height}
                    rx={8}
                  />
                  <text className="influence__lane-title" x={lane.x + 10} y={lane.y + 24} unicodeBidi="plaintext">
                    {lane.party.name}
                  </text>
                </g>
              ))}
              {layout.edges.map((edge) => (
                <path
                  key={edge.key}
                  className={`influence__edge influence__edge--${edge.closeness} influence__edge--${edge.channel}`}
                  d={`M ${edge.x1} ${edge.y1} C ${(edge.x1 + edge.x2) / 2} ${edge.y1}, ${(edge.x1 + edge.x2) / 2} ${edge.y2}, ${edge.x2} ${edge.y2}`}
                />
              ))}
              {layout.nodes.map((node) => (
                <g key={node.id} className={`influence__node influence__node--${node.kind}`}>
                  <title>{node.title}</title>
                  <rect x={node.x} y={node.y} width={NODE_WIDTH} height={NODE_HEIGHT} rx={6} />
                  <text x={node.x + 10} y={node.y + NODE_HEIGHT / 2 + 5} unicodeBidi="plaintext">
                    {node.label}
                  </text>
                </g>
              ))}
            </svg>
          </div>
          <TableBox label="Who reaches whom">
            <table className="table influence__table">
              <caption>Who reaches whom</caption>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Participant</th>
                  <th scope="col">Decision maker</th>
                  <th scope="col">Closeness</th>
                  <th scope="col">Channel</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ link, participant, maker }) => (
                  <tr key={`${link.participantId}-${link.decisionMakerId}`}>
                    <td>
                      <bdi>{partyName.get(participant.partyId)}</bdi>
                    </td>
                    <td>
                      {participant.speakerCode ?? '—'} <bdi>{shownName(participant, names)}</bdi>
                    </td>
                    <td>
                      <bdi>{maker}</bdi>
                    </td>
                    <td>{CLOSENESS_LABELS[link.closeness]}</td>
                    <td>{CHANNEL_LABELS[link.channel]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </>
      )}
    </section>
  );
}
