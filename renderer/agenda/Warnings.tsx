import { TriangleAlert } from 'lucide-react';
import type { AgendaView } from '../../shared/contract';
import { formatInZone } from '../../shared/time/zone';
import { formatMinutes } from './model';

/** Overrun warnings, in words, each naming the item where the trouble starts. */
export function AgendaWarnings({ agenda }: { agenda: AgendaView }) {
  const title = (id: string) => agenda.items.find((item) => item.id === id)?.title ?? 'an item';
  const lines = agenda.warnings.map((warning) => {
    if (warning.kind === 'day-overrun') {
      const end = agenda.days[warning.day];
      const at = end ? formatInZone(end.endsAt, agenda.session.timeZone, 'HH:mm') : '';
      return {
        key: `day-${warning.day}`,
        text: `Day ${warning.day + 1} runs ${formatMinutes(warning.overByMinutes)} past its end${at ? ` (${at})` : ''}, from “${title(warning.itemId)}”.`,
      };
    }
    if (warning.kind === 'beyond-session') {
      const n = warning.itemIds.length;
      return {
        key: `beyond-${warning.day}`,
        text: `Day ${warning.day + 1} is after the session ends: ${n === 1 ? '1 item is' : `${n} items are`} placed there.`,
      };
    }
    return {
      key: `item-${warning.itemId}`,
      text: `“${title(warning.itemId)}” ${warning.running ? 'is running' : 'ran'} ${formatMinutes(warning.overByMinutes)} over.`,
    };
  });
  return (
    <div className="agenda-warnings" role="status" aria-live="polite">
      {lines.length > 0 && (
        <ul aria-label="Timing warnings">
          {lines.map((line) => (
            <li key={line.key}>
              <TriangleAlert size={14} aria-hidden="true" />
              <span dir="auto">{line.text}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
