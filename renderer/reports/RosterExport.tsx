import { TriangleAlert } from 'lucide-react';
import { useId, useState } from 'react';
import type { DialogueView } from '../../shared/contract';
import { useApi } from '../api';
import { CheckedExport } from '../redaction/CheckedExport';
import { MSG } from './messages';

/**
 * The roster as a CSV file (`export.rosterCsv`, the same export as `parley roster export`): codes
 * and pseudonyms by default, checked like every export; identities only when asked for, with the
 * caution said where the choice is made.
 */
export function RosterExport({ dialogue }: { readonly dialogue: DialogueView }) {
  const api = useApi();
  const ids = useId();
  const [includeIdentities, setIncludeIdentities] = useState(false);
  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.tabs.roster}
      </h2>
      <p className="reports-card__intro">{MSG.roster.intro}</p>
      <CheckedExport
        dialogueId={dialogue.id}
        exportWith={(acknowledgedWarnings) =>
          api.export.rosterCsv({ dialogueId: dialogue.id, includeIdentities, acknowledgedWarnings })
        }
        checkKey={String(includeIdentities)}
        buttonLabel={MSG.roster.exportButton}
      >
        <label className="checkbox">
          <input
            type="checkbox"
            checked={includeIdentities}
            aria-describedby={includeIdentities ? `${ids}-caution` : undefined}
            onChange={(event) => setIncludeIdentities(event.target.checked)}
          />
          {MSG.roster.includeIdentities}
        </label>
      </CheckedExport>
      {includeIdentities && (
        <p id={`${ids}-caution`} className="callout callout--warning">
          <TriangleAlert size={16} aria-hidden="true" className="callout__icon" />
          <span>{MSG.roster.identitiesCaution}</span>
        </p>
      )}
    </section>
  );
}
