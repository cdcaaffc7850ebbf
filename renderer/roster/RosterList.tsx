import { useVirtualizer } from '@tanstack/react-virtual';
import { ShieldAlert, UserX } from 'lucide-react';
import { useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { PARTICIPANT_STATUS_LABELS } from '../../shared/domain/participant';
import { ROSTER_MESSAGES as M } from './messages';
import { shownName, type RosterRow } from './model';

export interface RosterListProps {
  readonly rows: readonly RosterRow[];
  /** The row the keyboard is on (aria-activedescendant). */
  readonly activeId: string | null;
  /** The participant whose details are open. */
  readonly openId: string | null;
  /** Real names to show; null under the privacy screen (pseudonyms instead). */
  readonly names: ReadonlyMap<string, string> | null;
  readonly onActivate: (id: string) => void;
  readonly onOpen: (id: string) => void;
  readonly ref?: Ref<HTMLDivElement>;
}

const PARTY_ROW = 34;
const PERSON_ROW = 48;
const PAGE = 10;

export const optionId = (participantId: string) => `roster-option-${participantId}`;

/**
 * The roster as one listbox, virtualized: only the rows in view (plus a margin) are in the DOM, so
 * 1,000 participants scroll and filter as smoothly as ten. Party headers sit between the options
 * and are skipped by the keyboard: ↑ ↓ Home End PageUp PageDown move, Enter opens.
 */
export function RosterList({ rows, activeId, openId, names, onActivate, onOpen, ref }: RosterListProps) {
  const scroller = useRef<HTMLDivElement | null>(null);
  // The virtualizer is read during render only; nothing memoized here holds on to its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'party' ? PARTY_ROW : PERSON_ROW),
    getItemKey: (index) => {
      const row = rows[index]!;
      return row.kind === 'party' ? `party-${row.party.id}` : row.participant.id;
    },
    overscan: 10,
    // A row is at least its estimated height (and taller when its marks wrap on a narrow window).
    measureElement: (element, _entry, instance) =>
      Math.max(
        element.getBoundingClientRect().height,
        instance.options.estimateSize(Number((element as HTMLElement).dataset.index)),
      ),
  });
  const options = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'participant' ? [{ id: row.participant.id, index }] : [])),
    [rows],
  );
  const positionOf = useMemo(() => new Map(options.map((option, n) => [option.id, n])), [options]);

  const move = (to: number) => {
    const target = options[Math.max(0, Math.min(options.length - 1, to))];
    if (!target) return;
    onActivate(target.id);
    virtualizer.scrollToIndex(target.index, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = activeId === null ? -1 : (positionOf.get(activeId) ?? -1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current < 0 ? 0 : current - 1),
      Home: () => move(0),
      End: () => move(options.length - 1),
      PageDown: () => move(current + PAGE),
      PageUp: () => move(current - PAGE),
      Enter: () => activeId !== null && positionOf.has(activeId) && onOpen(activeId),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={(node) => {
        scroller.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      className="roster-list"
      role="listbox"
      aria-label={M.participants}
      tabIndex={0}
      aria-activedescendant={activeId !== null && positionOf.has(activeId) ? optionId(activeId) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="roster-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          // Rows are measured once drawn: on a narrow window a row's marks may wrap onto a second line.
          const place = {
            transform: `translateY(${item.start}px)`,
            minHeight: row.kind === 'party' ? PARTY_ROW : PERSON_ROW,
          };
          if (row.kind === 'party') {
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="presentation"
                className="roster-list__party"
                style={place}
              >
                <bdi className="roster-list__party-name">{row.party.name}</bdi>
                <span className="roster-list__count">{M.groupCount(row.count.total, row.count.purged)}</span>
              </div>
            );
          }
          const p = row.participant;
          const classes = [
            'roster-option',
            p.id === activeId ? 'roster-option--active' : '',
            p.id === openId ? 'roster-option--open' : '',
            p.purged ? 'roster-option--purged' : '',
          ];
          return (
            <div
              key={item.key}
              id={optionId(p.id)}
              role="option"
              aria-selected={p.id === openId}
              aria-posinset={(positionOf.get(p.id) ?? 0) + 1}
              aria-setsize={options.length}
              className={classes.filter(Boolean).join(' ')}
              style={place}
              ref={virtualizer.measureElement}
              data-index={item.index}
              onClick={() => {
                onActivate(p.id);
                onOpen(p.id);
              }}
            >
              <span className="roster-option__code">{p.speakerCode ?? '—'}</span>
              <span className="roster-option__names">
                <span className="roster-option__name">
                  <bdi>{shownName(p, names)}</bdi>
                </span>
                {!p.purged && (
                  <span className="roster-option__detail">
                    {names && <bdi>{p.pseudonym}</bdi>}
                    {names && p.role && ' · '}
                    {p.role && <bdi>{p.role}</bdi>}
                  </span>
                )}
              </span>
              <span className="roster-option__marks">
                {p.affiliationSensitive && (
                  <span className="mark mark--sensitive" title={M.sensitiveAffiliation}>
                    <ShieldAlert size={14} aria-hidden="true" />
                    {M.sensitive}
                  </span>
                )}
                {p.consent.state === 'withdrawn' && (
                  <span className="mark mark--withdrawn">
                    <UserX size={14} aria-hidden="true" />
                    {M.consentWithdrawn}
                  </span>
                )}
                <span className={`status status--${p.status}`}>{PARTICIPANT_STATUS_LABELS[p.status]}</span>
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
