import { useId, useState } from 'react';
import type { DraftView } from '../../shared/contract';
import { useApi } from '../api';
import { CheckedExport } from '../redaction/CheckedExport';
import { m } from './messages';
import { Checkbox } from '../ui/Checkbox';

export interface DraftExportProps {
  readonly draft: DraftView;
  /** Saves what is being typed first, so the working text printed is the one on screen. */
  readonly flush: () => Promise<boolean>;
}

/**
 * "Export PDF…": which text (the working text or a version) and whose copy. The check, warnings
 * and what became of it are every export's (CheckedExport).
 */
export function DraftExport({ draft, flush }: DraftExportProps) {
  const api = useApi();
  const ids = useId();
  const [which, setWhich] = useState<string>(draft.versions[0] ? String(draft.versions[0].number) : 'working');
  const [facilitatorCopy, setFacilitatorCopy] = useState(false);

  return (
    <div className="draft-export">
      <CheckedExport
        dialogueId={draft.dialogueId}
        exportWith={(acknowledgedWarnings) =>
          api.export.draftPdf({
            draftId: draft.id,
            ...(which === 'working' ? {} : { version: Number(which) }),
            facilitatorCopy,
            acknowledgedWarnings,
          })
        }
        checkKey={`${which}:${facilitatorCopy}`}
        buttonLabel={m.exports.go}
        beforeExport={flush}
      >
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
        <Checkbox checked={facilitatorCopy} onChange={setFacilitatorCopy}>
          {m.exports.facilitator}
        </Checkbox>
      </CheckedExport>
    </div>
  );
}
