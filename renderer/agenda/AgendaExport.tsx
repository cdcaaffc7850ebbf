import { FileDown } from 'lucide-react';
import { useId, useState } from 'react';
import type { ExportWarning } from '../../shared/contract';
import { useApi } from '../api';
import { ExportWarnings } from '../redaction/ExportWarnings';
import { SafePhraseForm } from '../redaction/SafePhraseForm';
import { messages as redaction } from '../redaction/messages';
import { useCall } from '../sessions/call';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { messages } from './messages';

export interface AgendaExportProps {
  readonly sessionId: string;
  /** The session's dialogue, whose known-safe phrases a warning can add to. */
  readonly dialogueId: string;
  /** Items on the agenda: with none there is nothing to print. */
  readonly itemCount: number;
}

interface Check {
  readonly warnings: readonly ExportWarning[];
  readonly confirmed: ReadonlySet<string>;
}

/**
 * "Export agenda PDF…": main checks the agenda against the roster, asks where to save and prints
 * it; this shows what became of it. What may point to a participant comes back as warnings, each
 * confirmed here one by one (or silenced by a known-safe phrase) before the export goes ahead.
 * The participants' copy is the default; item notes go in only when the facilitator asks for their
 * own copy. WORKSPACE_LOCKED goes to the frame (useCall).
 */
export function AgendaExport({ sessionId, dialogueId, itemCount }: AgendaExportProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [includeItemNotes, setIncludeItemNotes] = useState(false);
  const [status, setStatus] = useState<{ readonly text: string; readonly saved: boolean }>({ text: '', saved: false });
  const [check, setCheck] = useState<Check | null>(null);
  /** The known-safe phrase form, open for a warning's place (or for a refusal, with no place). */
  const [markingSafe, setMarkingSafe] = useState<{ readonly where?: string } | null>(null);
  const hintId = useId();
  const empty = itemCount === 0;
  const open = check ? check.warnings.filter((warning) => !check.confirmed.has(warning.id)).length : 0;

  async function exportPdf(acknowledgedWarnings: readonly string[] = []) {
    if (empty) return;
    setError(null);
    setMarkingSafe(null);
    setStatus({ text: messages.exporting, saved: false });
    const result = await run(() =>
      api.export.agendaPdf({ sessionId, includeItemNotes, acknowledgedWarnings: [...acknowledgedWarnings] }),
    );
    if (!result) {
      setStatus({ text: '', saved: false });
    } else if (result.saved) {
      setCheck(null);
      setStatus({ text: messages.saved(result.fileName, result.pages), saved: true });
    } else if (result.warnings && result.warnings.length > 0) {
      const ids = new Set(result.warnings.map((warning) => warning.id));
      // Confirmations stay with the warnings that are still there.
      const confirmed = new Set([...(check?.confirmed ?? [])].filter((id) => ids.has(id)));
      setCheck({ warnings: result.warnings, confirmed });
      setStatus({ text: messages.waiting(result.warnings.length), saved: false });
    } else {
      setStatus({ text: messages.cancelled, saved: false });
    }
  }

  function confirm(id: string, confirmed: boolean) {
    setCheck((current) => {
      if (!current) return current;
      const next = new Set(current.confirmed);
      if (confirmed) next.add(id);
      else next.delete(id);
      return { ...current, confirmed: next };
    });
  }

  return (
    <div className="agenda-export">
      <div className="agenda-export__controls">
        <label className="checkbox agenda-export__notes">
          <input
            type="checkbox"
            checked={includeItemNotes}
            disabled={busy}
            onChange={(event) => {
              setIncludeItemNotes(event.target.checked);
              // Other text, other warnings: they are checked again on the next export.
              setCheck(null);
              setMarkingSafe(null);
            }}
          />
          {messages.facilitatorsCopy}
        </label>
        <Button
          size="small"
          icon={<FileDown size={14} aria-hidden="true" />}
          busy={busy}
          aria-disabled={empty || undefined}
          aria-describedby={empty ? hintId : undefined}
          onClick={() => void exportPdf(check ? [...check.confirmed] : [])}
        >
          {messages.exportButton}
        </Button>
      </div>
      {empty && (
        <p id={hintId} className="agenda-export__hint">
          {messages.emptyHint}
        </p>
      )}
      <p
        className={['agenda-export__status', status.saved ? 'is-saved' : ''].filter(Boolean).join(' ')}
        role="status"
        aria-live="polite"
      >
        {status.text}
      </p>
      {check && (
        <>
          <ExportWarnings
            warnings={check.warnings}
            confirmed={check.confirmed}
            onConfirm={confirm}
            onMarkSafe={(warning) => setMarkingSafe({ where: warning.where })}
          />
          {markingSafe && (
            <SafePhraseForm
              dialogueId={dialogueId}
              where={markingSafe.where}
              onCancel={() => setMarkingSafe(null)}
              onAdded={() => {
                setStatus({ text: redaction.safePhraseAdded, saved: false });
                void exportPdf([...check.confirmed]);
              }}
            />
          )}
          <div className="agenda-export__controls">
            <Button
              size="small"
              variant="quiet"
              onClick={() => {
                setCheck(null);
                setMarkingSafe(null);
                setStatus({ text: '', saved: false });
              }}
            >
              {messages.dismissWarnings}
            </Button>
            <Button
              size="small"
              variant="primary"
              busy={busy}
              aria-disabled={open > 0 || undefined}
              onClick={() => {
                if (open === 0) void exportPdf([...check.confirmed]);
              }}
            >
              {messages.exportConfirmed}
            </Button>
          </div>
        </>
      )}
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {error?.code === 'NAME_IN_EXPORT' && !markingSafe && (
        <div className="agenda-export__controls">
          <span className="agenda-export__hint">{redaction.refusedHint}</span>
          <Button size="small" variant="quiet" onClick={() => setMarkingSafe({})}>
            {redaction.markSafe}
          </Button>
        </div>
      )}
      {!check && markingSafe && (
        <SafePhraseForm
          dialogueId={dialogueId}
          onCancel={() => setMarkingSafe(null)}
          onAdded={() => {
            setStatus({ text: redaction.safePhraseAdded, saved: false });
            void exportPdf();
          }}
        />
      )}
    </div>
  );
}
