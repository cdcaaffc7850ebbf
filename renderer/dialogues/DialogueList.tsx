import { Archive, ArchiveRestore } from 'lucide-react';
import type { DialogueView } from '../../shared/contract';
import { TRACK_LEVEL_LABELS } from '../../shared/domain/dialogue';
import { Button } from '../ui/Button';
import { formatDay } from './format';
import { ArchivedBadge, StatusBadge } from './StatusBadge';

export interface DialogueListProps {
  readonly dialogues: readonly DialogueView[];
  readonly onOpen: (dialogue: DialogueView) => void;
  readonly onArchive: (dialogue: DialogueView, archived: boolean) => void;
  /** Ids whose archive call is running. */
  readonly pending: ReadonlySet<string>;
}

/**
 * A dense table: facilitators scan it for a code name and a status. Every cell holding user text
 * has `dir="auto"` so an Arabic or Hebrew code name reads right-to-left inside a left-to-right UI.
 * The code name is the button that opens the dialogue; rows carry `data-dialogue-id` so the page
 * can return focus to the row a form came from.
 */
export function DialogueList({ dialogues, onOpen, onArchive, pending }: DialogueListProps) {
  return (
    <table className="table table--reflow dialogue-table">
      <caption className="visually-hidden">Dialogues in this workspace</caption>
      <thead>
        <tr>
          <th scope="col">Code name</th>
          <th scope="col">Conflict</th>
          <th scope="col">Status</th>
          <th scope="col">Track</th>
          <th scope="col">Parties</th>
          <th scope="col">Started</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {dialogues.map((dialogue) => (
          <tr key={dialogue.id} className={dialogue.archived ? 'is-archived' : undefined}>
            <th scope="row" className="dialogue-table__name">
              <button
                type="button"
                className="row-link"
                dir="auto"
                data-dialogue-id={dialogue.id}
                onClick={() => onOpen(dialogue)}
              >
                {dialogue.codeName}
              </button>
              {dialogue.archived && <ArchivedBadge />}
            </th>
            <td dir="auto" className="dialogue-table__conflict" data-label="Conflict">
              {dialogue.conflict || <span className="muted">—</span>}
            </td>
            <td data-label="Status">
              <StatusBadge status={dialogue.status} />
            </td>
            <td className="nowrap" data-label="Track">
              {TRACK_LEVEL_LABELS[dialogue.trackLevel]}
            </td>
            <td className="dialogue-table__parties" data-label="Parties">
              {dialogue.parties.length === 0 ? (
                <span className="muted">—</span>
              ) : (
                <ul className="inline-list">
                  {dialogue.parties.map((party) => (
                    // The separator belongs to the list (LTR); only the name takes its own direction.
                    <li key={party.id} className={party.kind === 'facilitation' ? 'muted' : undefined}>
                      <span dir="auto">{party.name}</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="nowrap" data-label="Started">
              {dialogue.startedOn ? (
                <time dateTime={dialogue.startedOn}>{formatDay(dialogue.startedOn)}</time>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td className="dialogue-table__actions">
              <Button
                size="small"
                variant="quiet"
                busy={pending.has(dialogue.id)}
                icon={
                  dialogue.archived ? (
                    <ArchiveRestore size={15} aria-hidden="true" />
                  ) : (
                    <Archive size={15} aria-hidden="true" />
                  )
                }
                aria-label={`${dialogue.archived ? 'Unarchive' : 'Archive'} ${dialogue.codeName}`}
                onClick={() => onArchive(dialogue, !dialogue.archived)}
              >
                {dialogue.archived ? 'Unarchive' : 'Archive'}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
