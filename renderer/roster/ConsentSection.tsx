import { useState, type FormEvent } from 'react';
import type { ConsentScopes, ConsentSummary, ParticipantView } from '../../shared/contract';
import { CONSENT_SCOPE_LABELS, CONSENT_SCOPES } from '../../shared/domain/participant';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextField } from '../ui/Field';
import { formatDate } from '../ui/format';
import { useCall } from './useCall';
import { Checkbox } from '../ui/Checkbox';

export interface ConsentSectionProps {
  readonly participant: ParticipantView;
  readonly onChanged: (participant: ParticipantView) => void;
  /** For tests: today's date, `YYYY-MM-DD`. */
  readonly today?: string;
}

const NO_SCOPES: ConsentScopes = { notes: false, quotes: false, attribution: false, photos: false };

const localToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The consent in force, in one sentence ("Given on 3 Mar 2025 for notes may be taken."). */
export function consentText(consent: ConsentSummary): string {
  if (consent.state === 'none') return 'No consent recorded yet.';
  if (consent.state === 'withdrawn')
    return `Withdrawn on ${formatDate(consent.withdrawnOn)} (given on ${formatDate(consent.givenOn)}).`;
  return `Given on ${formatDate(consent.givenOn)} for ${scopesText(consent.scopes ?? NO_SCOPES)}.`;
}

export function scopesText(scopes: ConsentScopes): string {
  const given = CONSENT_SCOPES.filter((scope) => scopes[scope]).map((scope) =>
    CONSENT_SCOPE_LABELS[scope].toLowerCase(),
  );
  return given.length > 0 ? given.join(', ') : 'nothing';
}

/**
 * The consent register: what the participant agreed to and when, every consent kept in order, and
 * a withdrawal that closes the current one. Withdrawing consent does not purge: that is a separate,
 * deliberate step below.
 */
export function ConsentSection({ participant, onChanged, today }: ConsentSectionProps) {
  const api = useApi();
  const { run, error, busy } = useCall();
  const [givenOn, setGivenOn] = useState(today ?? localToday());
  const [scopes, setScopes] = useState<ConsentScopes>(participant.consent.scopes ?? NO_SCOPES);
  const [withdrawnOn, setWithdrawnOn] = useState(today ?? localToday());
  const [confirmingWithdrawal, setConfirmingWithdrawal] = useState(false);

  const record = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(() => api.participant.recordConsent({ participantId: participant.id, givenOn, scopes }));
    if (saved) onChanged(saved);
  };
  const withdraw = async () => {
    const saved = await run(() => api.participant.withdrawConsent({ participantId: participant.id, withdrawnOn }));
    if (saved) {
      setConfirmingWithdrawal(false);
      onChanged(saved);
    }
  };

  const { consent } = participant;
  return (
    <div className="roster-section" role="group" aria-label="Consent register">
      <p role="status" className={`consent consent--${consent.state}`}>
        {consentText(consent)}
      </p>
      {error && <ErrorBanner title="Consent not changed" details={[error.message]} />}
      {participant.consents.length > 0 && (
        <ol className="consent-register" aria-label="Consent register">
          {participant.consents.map((entry) => (
            <li key={entry.id} dir="auto">
              {formatDate(entry.givenOn)}: {scopesText(entry.scopes)}
              {entry.note && ` — ${entry.note}`}
              {entry.withdrawnOn &&
                ` · withdrawn ${formatDate(entry.withdrawnOn)}${entry.withdrawalNote ? ` (${entry.withdrawalNote})` : ''}`}
            </li>
          ))}
        </ol>
      )}
      <form className="consent-form" onSubmit={record}>
        <fieldset>
          <legend>Record a consent</legend>
          {CONSENT_SCOPES.map((scope) => (
            <Checkbox key={scope} checked={scopes[scope]} onChange={(on) => setScopes({ ...scopes, [scope]: on })}>
              {CONSENT_SCOPE_LABELS[scope]}
            </Checkbox>
          ))}
          <TextField
            label="Date given"
            type="date"
            value={givenOn}
            onChange={(event) => setGivenOn(event.target.value)}
          />
          <Button type="submit" size="small" busy={busy}>
            Record consent
          </Button>
        </fieldset>
      </form>
      {consent.state === 'given' && !confirmingWithdrawal && (
        <Button variant="danger" size="small" onClick={() => setConfirmingWithdrawal(true)}>
          Withdraw consent…
        </Button>
      )}
      {consent.state === 'given' && confirmingWithdrawal && (
        <div className="callout callout--warning" role="group" aria-label="Withdraw consent">
          <p>Record that {participant.speakerCode} withdrew consent. Their identity stays until you purge it below.</p>
          <TextField
            label="Date withdrawn"
            type="date"
            value={withdrawnOn}
            onChange={(event) => setWithdrawnOn(event.target.value)}
          />
          <div className="roster-form__actions">
            <Button variant="danger" size="small" busy={busy} onClick={() => void withdraw()}>
              Withdraw consent
            </Button>
            <Button variant="quiet" size="small" onClick={() => setConfirmingWithdrawal(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
