import { FileDown } from 'lucide-react';
import { useId, useState } from 'react';
import type { DraftView } from '../../shared/contract';
import { useApi } from '../api';
import { useCall } from '../sessions/call';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { m } from './messages';

export interface DraftExportProps {
  readonly draft: DraftView;
  /** Saves what is being typed first, so the working text printed is the one on screen. */
  readonly flush: () => Promise<boolean>;
}

/**
 * "Export PDF…": which text (the working text or a version) and whose copy. Main asks where to save,
 * checks the text against the roster and prints it; this shows only what became of it.
 */
export function DraftExport({ draft, flush }: DraftExportProps) {
  const api = useApi();
  const ids = useId();
  const { run, error, setError, busy } = useCall();
  const [which, setWhich] = useState<string>(draft.versions[0] ? String(draft.versions[0].number) : 'working');
  const [facilitatorCopy, setFacilitatorCopy] = useState(false);
  const [status, setStatus] = useState('');

  async function exportPdf() {
    setError(null);
    setStatus(m.exports.exporting);
    await flush();
    const result = await run(() =>
      api.export.draftPdf({
        draftId: draft.id,
        ...(which === 'working' ? {} : { version: Number(which) }),
        facilitatorCopy,
      }),
    );
    if (!result) setStatus('');
    else setStatus(result.saved ? m.exports.saved(result.fileName, result.pages) : m.exports.cancelled);
  }

  return (
    <div className="draft-export">
      <label className="draft-export__field">
        <span>{m.exports.which}</span>
        <select
          id={`${ids}-which`}
          className="control"
          value={which}
          onChange={(event) => setWhich(event.target.value)}
        >
          <option value="working">{m.exports.working}</option>
          {draft.versions.map((version) => (
            <option key={version.id} value={String(version.number)}>
              {m.exports.version(version.number)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={facilitatorCopy}
          onChange={(event) => setFacilitatorCopy(event.target.checked)}
        />
        {m.exports.facilitator}
      </label>
      <Button
        size="small"
        icon={<FileDown size={14} aria-hidden="true" />}
        busy={busy}
        onClick={() => void exportPdf()}
      >
        {m.exports.go}
      </Button>
      <p className="draft-export__status" role="status" aria-live="polite">
        {status}
      </p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
    </div>
  );
}
