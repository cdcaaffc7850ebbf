import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type Announcements,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AgendaView, AttendanceView, PartyView } from '../../shared/contract';
import { keyboardMove } from '../../shared/agenda/order';
import { formatInZone } from '../../shared/time/zone';
import { useApi } from '../api';
import { useAgendaExercises } from '../exercises/AgendaExercises';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { AgendaExport } from './AgendaExport';
import { AgendaRow } from './AgendaRow';
import { dayDropId, dropTarget } from './drop';
import { ItemEditor, itemFields, type ItemDraft } from './ItemEditor';
import { dayHeading, formatMinutes, previewMinutes, previewMove, visibleDays, withTimesOf } from './model';
import { TemplateBar } from './TemplateBar';
import { AgendaWarnings } from './Warnings';
import './agenda.css';

export interface AgendaBuilderProps {
  readonly agenda: AgendaView;
  readonly parties: readonly PartyView[];
  readonly onAgendaChange: (agenda: AgendaView) => void;
}

type Editing = { readonly kind: 'new'; readonly day: number } | { readonly kind: 'edit'; readonly id: string } | null;

/**
 * The agenda builder: items by day, times recomputed as they move. Reordering works by pointer
 * drag, by dnd-kit's keyboard drag (Space to lift, arrows, Space to drop) and by Alt+↑/↓ on a
 * row's handle; all three end in `agenda.move`. While a drag or an edit is in progress the times
 * shown are a local preview from the same rules main applies.
 */
export function AgendaBuilder({ agenda, parties, onAgendaChange }: AgendaBuilderProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [preview, setPreview] = useState<AgendaView | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [participants, setParticipants] = useState<readonly AttendanceView[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const focusAfter = useRef<string | null>(null);
  const shown = preview ?? agenda;
  const sessionId = agenda.session.id;
  const zone = agenda.session.timeZone;
  const exercises = useAgendaExercises(agenda, parties, onAgendaChange);

  useEffect(() => {
    let current = true;
    void api.session.attendance({ sessionId }).then(
      (result) => current && result.ok && setParticipants(result.value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, sessionId]);

  // Focus follows a moved item (keyboard reorder keeps the facilitator's place).
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    handles.current.get(id)?.focus();
  });

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  async function move(id: string, toIndex: number, toDay: number) {
    const optimistic = previewMove(agenda, id, toIndex, toDay);
    if (!optimistic) return;
    setPreview(optimistic);
    focusAfter.current = id;
    const title = agenda.items.find((item) => item.id === id)?.title ?? 'Item';
    const moved = await run(() => api.agenda.move({ id, toIndex, toDay }));
    setPreview(null);
    if (moved) {
      const item = moved.items.find((i) => i.id === id);
      if (item)
        setAnnouncement(
          `${title} moved to day ${item.day + 1}, ${item.localStart}, position ${item.position + 1} of ${moved.items.length}.`,
        );
      onAgendaChange(moved);
    }
  }

  function step(id: string, direction: 'up' | 'down') {
    const target = keyboardMove(agenda.items, id, direction, agenda.dayCount);
    if (!target) {
      setAnnouncement(
        direction === 'up' ? 'Already at the start of the agenda.' : 'Already at the end of the last day.',
      );
      return;
    }
    void move(id, target.toIndex, target.toDay);
  }

  function onDragOver(event: DragOverEvent) {
    if (!event.over) return;
    const target = dropTarget(agenda, String(event.active.id), String(event.over.id));
    const moved = target && previewMove(agenda, String(event.active.id), target.toIndex, target.toDay);
    // New times only: the rows keep their order until the drop (see withTimesOf).
    setPreview(moved ? withTimesOf(agenda, moved) : null);
  }

  function onDragEnd(event: DragEndEvent) {
    setPreview(null);
    if (!event.over) return;
    const target = dropTarget(agenda, String(event.active.id), String(event.over.id));
    if (target) void move(String(event.active.id), target.toIndex, target.toDay);
  }

  async function save(draft: ItemDraft) {
    const fields = itemFields(draft);
    if (editing?.kind === 'edit') {
      const updated = await run(() => api.agenda.update({ id: editing.id, ...fields }));
      if (updated) {
        focusAfter.current = editing.id;
        setEditing(null);
        setPreview(null);
        onAgendaChange(updated);
      }
      return;
    }
    const added = await run(() => api.agenda.add({ sessionId, ...fields, day: Number(draft.day) }));
    if (added) {
      focusAfter.current = added.itemId;
      setEditing(null);
      onAgendaChange(added.agenda);
    }
  }

  async function remove(id: string) {
    const index = agenda.items.findIndex((item) => item.id === id);
    const title = agenda.items[index]?.title ?? 'Item';
    const updated = await run(() => api.agenda.delete({ id }));
    if (updated) {
      const neighbour = updated.items[Math.min(index, updated.items.length - 1)];
      focusAfter.current = neighbour?.id ?? null;
      setAnnouncement(`${title} deleted.`);
      onAgendaChange(updated);
    }
  }

  const announcements: Announcements = useMemo(() => {
    const name = (id: string | number) => shown.items.find((item) => item.id === id)?.title ?? 'item';
    return {
      onDragStart: ({ active }) =>
        `Picked up ${name(active.id)}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
      onDragOver: ({ active, over }) =>
        over
          ? `${name(active.id)} is over ${String(over.id).startsWith('day:') ? `the start of day ${Number(String(over.id).slice(4)) + 1}` : name(over.id)}.`
          : '',
      onDragEnd: ({ active }) => `Dropped ${name(active.id)}.`,
      onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
    };
  }, [shown]);

  const days = visibleDays(shown);
  const editor = (defaultDay: number, id?: string) => (
    <ItemEditor
      item={id ? agenda.items.find((item) => item.id === id) : undefined}
      dayCount={Math.max(agenda.dayCount, days.length)}
      defaultDay={defaultDay}
      sessionRegime={agenda.session.regime}
      parties={parties}
      participants={participants}
      error={error}
      busy={busy}
      onPreviewMinutes={
        id ? (minutes) => setPreview(minutes === null ? null : previewMinutes(agenda, id, minutes)) : undefined
      }
      onSubmit={(draft) => void save(draft)}
      onCancel={() => {
        setEditing(null);
        setError(null);
        if (id) focusAfter.current = id;
      }}
    />
  );

  return (
    <section className="agenda-builder" aria-labelledby="agenda-heading">
      <header className="agenda-builder__header">
        <h2 id="agenda-heading" className="sx-panel-title">
          Agenda
        </h2>
        <span className="muted">
          {shown.items.length === 1 ? '1 item' : `${shown.items.length} items`} · {formatMinutes(shown.plannedMinutes)}{' '}
          planned · times at the venue ({agenda.session.timeZone})
        </span>
        <Button
          size="small"
          variant="primary"
          icon={<Plus size={14} aria-hidden="true" />}
          onClick={() => {
            setError(null);
            setEditing({ kind: 'new', day: shown.items.at(-1)?.day ?? 0 });
          }}
        >
          Add item
        </Button>
      </header>
      <AgendaExport sessionId={sessionId} dialogueId={agenda.session.dialogueId} itemCount={agenda.items.length} />
      <TemplateBar agenda={agenda} onAgendaChange={onAgendaChange} />
      {exercises.tools}
      <AgendaWarnings agenda={shown} />
      {error && !editing && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {agenda.items.length === 0 && !editing && (
        <div className="empty">
          <p className="empty__title">No agenda yet</p>
          <p>Add items one by one, or start from a template above.</p>
        </div>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => setPreview(null)}
        accessibility={{ announcements }}
      >
        <SortableContext items={shown.items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
          {days.map((day) => {
            const window = shown.days[day];
            const items = shown.items.filter((item) => item.day === day);
            if (items.length === 0 && day >= agenda.dayCount && editing?.kind !== 'new') return null;
            return (
              <DaySection key={day} day={day} heading={dayHeading(shown, day)}>
                {window && (
                  <p className="agenda-day__window">
                    {window.withinSession ? (
                      <>
                        <span dir="ltr">
                          {formatInZone(window.startsAt, zone, 'HH:mm')}–{formatInZone(window.endsAt, zone, 'HH:mm')}
                        </span>
                        {' · '}
                        {formatMinutes(window.plannedMinutes)} planned of {formatMinutes(window.availableMinutes)}
                        {window.overrunMinutes > 0 && <strong> · {formatMinutes(window.overrunMinutes)} over</strong>}
                      </>
                    ) : (
                      <strong>After the session’s last day</strong>
                    )}
                  </p>
                )}
                <ol className="agenda-day__items" aria-label={dayHeading(shown, day)}>
                  {items.map((item) => (
                    <AgendaRow
                      key={item.id}
                      item={item}
                      busy={busy}
                      onStep={(direction) => step(item.id, direction)}
                      onEdit={() => {
                        setError(null);
                        setEditing({ kind: 'edit', id: item.id });
                      }}
                      onDelete={() => void remove(item.id)}
                      handleRef={(element) => {
                        if (element) handles.current.set(item.id, element);
                        else handles.current.delete(item.id);
                      }}
                    >
                      {exercises.lineFor(item)}
                      {editing?.kind === 'edit' && editing.id === item.id && editor(item.day, item.id)}
                    </AgendaRow>
                  ))}
                </ol>
                {editing?.kind === 'new' && editing.day === day && editor(day)}
              </DaySection>
            );
          })}
          {editing?.kind === 'new' && !days.includes(editing.day) && editor(editing.day)}
        </SortableContext>
      </DndContext>
    </section>
  );
}

function DaySection({ day, heading, children }: { day: number; heading: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: dayDropId(day) });
  return (
    <section className={['agenda-day', isOver ? 'is-over' : ''].filter(Boolean).join(' ')} aria-label={heading}>
      <h3 className="agenda-day__heading" ref={setNodeRef}>
        {heading}
      </h3>
      {children}
    </section>
  );
}
