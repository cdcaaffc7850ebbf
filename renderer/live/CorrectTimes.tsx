import { useState, type FormEvent } from 'react';
import type { AgendaItemView } from '../../shared/contract';
import { formatInZone } from '../../shared/time/zone';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { ShortcutHint } from '../ui/Kbd';
import { closeOnEscape } from '../ui/keyboard';
import { LIVE_MESSAGES } from './messages';

const M = LIVE_MESSAGES.correct;

function addDays(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Correcting one item's recorded times, typed as the venue's clocks showed them: the day is the
 * item's own (as recorded, else as planned); an end earlier than the start is on the next day.
 */
export function CorrectTimes({
  item,
  zone,
  busy,
  onSave,
  onCancel,
}: {
  readonly item: AgendaItemView;
  readonly zone: string;
  readonly busy: boolean;
  readonly onSave: (start: string, end: string | null) => void;
  readonly onCancel: () => void;
}) {
  const running = item.actualStart !== null && item.actualEnd === null;
  const day = formatInZone(item.actualStart ?? item.plannedStart, zone, 'yyyy-MM-dd');
  const time = (instant: string | null, fallback: string) =>
    instant ? formatInZone(instant, zone, 'HH:mm') : fallback;
  const [start, setStart] = useState(time(item.actualStart, item.localStart));
  const [end, setEnd] = useState(running ? '' : time(item.actualEnd, item.localEnd));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An end before the start is after midnight: the next day.
    const endDay = end !== '' && end < start ? addDays(day) : day;
    onSave(`${day}T${start}`, end === '' ? null : `${endDay}T${end}`);
  };

  return (
    <form
      className="correct-times"
      onSubmit={submit}
      onKeyDown={closeOnEscape(onCancel)}
      aria-label={M.title(item.title)}
    >
      <FieldRow min="9rem">
        <TextField
          label={M.start}
          type="time"
          required
          value={start}
          onChange={(e) => setStart(e.target.value)}
          dir="ltr"
        />
        <TextField
          label={M.end}
          type="time"
          value={end}
          required={!running}
          footnote={running ? M.stillRunning : undefined}
          onChange={(e) => setEnd(e.target.value)}
          dir="ltr"
        />
      </FieldRow>
      <div className="correct-times__actions">
        <Button type="submit" size="small" variant="primary" busy={busy}>
          {M.save}
        </Button>
        <Button size="small" variant="quiet" onClick={onCancel} aria-keyshortcuts="Escape">
          {M.cancel} <ShortcutHint keyName="Esc" />
        </Button>
      </div>
    </form>
  );
}
