import { useState } from 'react';
import { useApi } from '../api';
import { CheckedExport } from '../redaction/CheckedExport';
import { messages } from './messages';

export interface AgendaExportProps {
  readonly sessionId: string;
  /** The session's dialogue, whose known-safe phrases a warning can add to. */
  readonly dialogueId: string;
  /** Items on the agenda: with none there is nothing to print. */
  readonly itemCount: number;
}

/**
 * "Export agenda PDF…". The participants' copy is the default; item notes go in only when the
 * facilitator asks for their own copy. The check, warnings and what became of it are every export's
 * (CheckedExport).
 */
export function AgendaExport({ sessionId, dialogueId, itemCount }: AgendaExportProps) {
  const api = useApi();
  const [includeItemNotes, setIncludeItemNotes] = useState(false);
  return (
    <CheckedExport
      dialogueId={dialogueId}
      exportWith={(acknowledgedWarnings) => api.export.agendaPdf({ sessionId, includeItemNotes, acknowledgedWarnings })}
      checkKey={String(includeItemNotes)}
      buttonLabel={messages.exportButton}
      emptyHint={itemCount === 0 ? messages.emptyHint : undefined}
    >
      <label className="checkbox agenda-export__notes">
        <input
          type="checkbox"
          checked={includeItemNotes}
          onChange={(event) => setIncludeItemNotes(event.target.checked)}
        />
        {messages.facilitatorsCopy}
      </label>
    </CheckedExport>
  );
}
