import { FileDown } from 'lucide-react';
import { useId, useState } from 'react';
import { useApi } from '../api';
import { useCall } from '../sessions/call';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';

export interface AgendaExportProps {
  readonly sessionId: string;
  /** Items on the agenda: with none there is nothing to print. */
  readonly itemCount: number;
}

const pages = (n: number) => (n === 1 ? '1 page' : `${n} pages`);

/**
 * "Export agenda PDF…": main asks where to save, checks the agenda against the roster and prints
 * it; this shows only what became of it. The participants' copy is the default; item notes go in
 * only when the facilitator asks for their own copy. WORKSPACE_LOCKED goes to the frame (useCall).
 */
export function AgendaExport({ sessionId, itemCount }: AgendaExportProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [includeItemNotes, setIncludeItemNotes] = useState(false);
  const [status, setStatus] = useState<{ readonly text: string; readonly saved: boolean }>({ text: '', saved: false });
  const hintId = useId();
  const empty = itemCount === 0;

  async function exportPdf() {
    if (empty) return;
    setError(null);
    setStatus({ text: 'Exporting…', saved: false });
    const result = await run(() => api.export.agendaPdf({ sessionId, includeItemNotes }));
    if (!result) setStatus({ text: '', saved: false });
    else if (result.saved) setStatus({ text: `Saved ${result.fileName} (${pages(result.pages)}).`, saved: true });
    else setStatus({ text: 'Export cancelled.', saved: false });
  }

  return (
    <div className="agenda-export">
      <div className="agenda-export__controls">
        <label className="checkbox agenda-export__notes">
          <input
            type="checkbox"
            checked={includeItemNotes}
            disabled={busy}
            onChange={(event) => setIncludeItemNotes(event.target.checked)}
          />
          Facilitator’s copy (item notes, times actually run)
        </label>
        <Button
          size="small"
          icon={<FileDown size={14} aria-hidden="true" />}
          busy={busy}
          aria-disabled={empty || undefined}
          aria-describedby={empty ? hintId : undefined}
          onClick={() => void exportPdf()}
        >
          Export agenda PDF…
        </Button>
      </div>
      {empty && (
        <p id={hintId} className="agenda-export__hint">
          Add an item to the agenda to export it.
        </p>
      )}
      <p
        className={['agenda-export__status', status.saved ? 'is-saved' : ''].filter(Boolean).join(' ')}
        role="status"
        aria-live="polite"
      >
        {status.text}
      </p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
    </div>
  );
}
