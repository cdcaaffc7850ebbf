import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Pencil, Trash2 } from 'lucide-react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { AgendaItemView } from '../../shared/contract';
import { AGENDA_ITEM_KIND_LABELS, REGIME_LABELS } from '../../shared/domain/session';
import { formatMinutes } from './model';

export interface AgendaRowProps {
  readonly item: AgendaItemView;
  readonly busy: boolean;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
  /** Alt+↑ / Alt+↓ on the row's handle. */
  readonly onStep: (direction: 'up' | 'down') => void;
  readonly handleRef: (element: HTMLButtonElement | null) => void;
  readonly children?: ReactNode;
}

export function leadLabel(item: AgendaItemView): string {
  if (item.lead.kind === 'facilitator') return 'Facilitator';
  if (item.lead.kind === 'participant') return item.lead.speakerCode ?? 'Withdrawn participant';
  return '';
}

/**
 * One agenda item, dense: time, title, kind, duration, lead, own rule, topics. The handle is the
 * drag source (pointer or dnd-kit's keyboard drag: Space, arrows, Space) and takes Alt+↑/↓.
 */
export function AgendaRow({ item, busy, onEdit, onDelete, onStep, handleRef, children }: AgendaRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      event.stopPropagation();
      onStep(event.key === 'ArrowUp' ? 'up' : 'down');
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  const lead = leadLabel(item);
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={['agenda-row', `agenda-row--${item.kind}`, isDragging ? 'is-dragging' : ''].filter(Boolean).join(' ')}
      data-item-id={item.id}
    >
      <div className="agenda-row__line">
        <button
          type="button"
          className="agenda-row__handle icon-button"
          {...attributes}
          {...listeners}
          onKeyDown={onKeyDown}
          ref={(element) => {
            setActivatorNodeRef(element);
            handleRef(element);
          }}
          aria-label={`Move “${item.title}”, ${item.localStart}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          aria-disabled={busy || undefined}
        >
          <GripVertical size={16} aria-hidden="true" />
        </button>
        <span className="agenda-row__time" dir="ltr">
          <time dateTime={item.plannedStart}>{item.localStart}</time>–
          <time dateTime={item.plannedEnd}>{item.localEnd}</time>
        </span>
        <span className="agenda-row__main">
          <span className="agenda-row__title">
            <bdi>{item.title}</bdi>
          </span>
          <span className="agenda-row__badges">
            <span className={`kind-badge kind-badge--${item.kind}`}>
              {AGENDA_ITEM_KIND_LABELS[item.kind]}
              {item.caucusParty && (
                <>
                  {' · '}
                  <bdi>{item.caucusParty.name}</bdi>
                </>
              )}
            </span>
            {item.regime && <span className="regime-badge">{REGIME_LABELS[item.regime]}</span>}
          </span>
          {item.topics.length > 0 && (
            <ul className="agenda-row__topics" aria-label="Topics">
              {item.topics.map((topic) => (
                <li key={topic.id}>
                  <bdi>{topic.title}</bdi>
                </li>
              ))}
            </ul>
          )}
        </span>
        <span className="agenda-row__facts">
          <span className="agenda-row__minutes">{formatMinutes(item.plannedMinutes)}</span>
          <span className="agenda-row__lead">{lead}</span>
        </span>
        <span className="agenda-row__actions">
          <button type="button" className="icon-button" onClick={onEdit} aria-label={`Edit “${item.title}”`}>
            <Pencil size={15} aria-hidden="true" />
          </button>
          <button type="button" className="icon-button" onClick={onDelete} aria-label={`Delete “${item.title}”`}>
            <Trash2 size={15} aria-hidden="true" />
          </button>
        </span>
      </div>
      {children}
    </li>
  );
}
