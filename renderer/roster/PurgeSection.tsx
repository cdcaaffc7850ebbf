import { TriangleAlert } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ParticipantView, PurgeResult } from '../../shared/contract';
import { normaliseSpeakerCode } from '../../shared/domain/participant';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextField } from '../ui/Field';
import { useCall } from './useCall';

export interface PurgeSectionProps {
  readonly participant: ParticipantView;
  readonly onPurged: (result: PurgeResult) => void;
}

/**
 * The purge: deliberate by design. It says exactly what goes and what stays, and runs only after
 * the facilitator types the participant's speaker code (main checks the code again).
 */
export function PurgeSection({ participant, onPurged }: PurgeSectionProps) {
  const api = useApi();
  const { run, error, busy } = useCall();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const descriptionId = useId();
  const code = participant.speakerCode ?? '';
  const confirmed = typed.trim() !== '' && normaliseSpeakerCode(typed) === code;

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const purge = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    const result = await run(() => api.participant.purge({ id: participant.id, confirmSpeakerCode: typed }));
    if (result) onPurged(result);
  };

  const close = () => {
    setOpen(false);
    setTyped('');
  };

  return (
    <div className="roster-section roster-section--danger">
      <p className="roster-section__lede">Purge when a participant withdraws consent and asks to be forgotten.</p>
      {!open && (
        <Button
          variant="danger"
          size="small"
          icon={<TriangleAlert size={14} aria-hidden="true" />}
          onClick={() => setOpen(true)}
        >
          Purge {code}…
        </Button>
      )}
      {open && (
        <div
          role="alertdialog"
          aria-modal="false"
          aria-label={`Purge ${code}`}
          aria-describedby={descriptionId}
          className="purge-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Escape cancels the purge only, not the whole panel.
              event.preventDefault();
              close();
            }
          }}
        >
          <form className="purge-confirm__form" onSubmit={purge}>
            <div id={descriptionId}>
              <p>
                <strong>This cannot be undone.</strong> The purge removes for good, from every copy in the workspace:
              </p>
              <ul>
                <li>the real name and every alias, the affiliation, role and languages;</li>
                <li>email, phone and messaging handle; travel and safety notes; the selection rationale;</li>
                <li>the links to decision makers and the whole consent register;</li>
                <li>the speaker code {code}, and the attribution and quotes of their notes.</li>
              </ul>
              <p>
                A neutral “Withdrawn participant” stays in {code}’s place so notes keep reading sensibly, and the audit
                log records that a purge happened today, without saying who.
              </p>
            </div>
            {error && <ErrorBanner title="Not purged" details={[error.message]} />}
            <TextField
              ref={input}
              label={`Type ${code} to confirm`}
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
            <div className="roster-form__actions">
              <Button type="submit" variant="danger" busy={busy} aria-disabled={!confirmed || undefined}>
                Purge {code} for good
              </Button>
              <Button variant="quiet" onClick={close}>
                Cancel
              </Button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
