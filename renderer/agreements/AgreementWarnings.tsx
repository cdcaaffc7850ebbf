import { TriangleAlert } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { AgreementWarningsView, OrphanReason } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { formatDay } from '../dialogues/format';
import { ownerText } from './CommitmentsPanel';
import { m } from './messages';
import './agreements.css';
import { DueStateBadge } from './DueStateBadge';

export interface AgreementWarningsProps {
  /** One dialogue; without it, every open dialogue (each warning names its dialogue). */
  readonly dialogueId?: string;
  /** Bumped by the page when something that changes the warnings was saved. */
  readonly refresh?: number;
}

const reasonText = (reason: OrphanReason) =>
  reason.kind === 'lapsed'
    ? m.warnings.lapsedReason(reason.commitments)
    : m.warnings.quietReason(reason.days, formatDay(reason.since));

/**
 * The dialogue overview's agreement warnings: commitments due soon or lapsed, and final drafts at
 * risk of becoming orphaned agreements — with the rule written out, so the facilitator knows why.
 * Self-contained: mount it with one line where the overview is. Shows nothing when all is well.
 */
export function AgreementWarnings({ dialogueId, refresh = 0 }: AgreementWarningsProps) {
  const api = useApi();
  const { lockedElsewhere } = useSession();
  const headingId = useId();
  const [warnings, setWarnings] = useState<AgreementWarningsView | null>(null);

  useEffect(() => {
    let current = true;
    void attempt(() => api.agreement.warnings(dialogueId ? { dialogueId } : {})).then((result) => {
      if (!current) return;
      if (result.ok) setWarnings(result.value);
      else lockedElsewhere(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, dialogueId, refresh, lockedElsewhere]);

  if (!warnings || (warnings.commitments.length === 0 && warnings.orphanRisks.length === 0)) return null;
  const named = dialogueId === undefined;

  return (
    <section className="agreement-warnings" aria-labelledby={headingId}>
      <h2 id={headingId} className="agreement-warnings__title">
        <TriangleAlert size={16} aria-hidden="true" /> {m.warnings.heading}
      </h2>
      <ul className="agreement-warnings__list">
        {warnings.orphanRisks.map((risk) => (
          <li key={risk.draftId} className="agreement-warning agreement-warning--orphan">
            <strong>{m.warnings.orphan}:</strong> “<bdi>{risk.draftTitle}</bdi>”
            {named && (
              <>
                {' '}
                (<bdi>{risk.dialogueCodeName}</bdi>)
              </>
            )}{' '}
            — {m.warnings.finalSince(formatDay(risk.finalOn))}; {risk.reasons.map(reasonText).join('; ')}.
          </li>
        ))}
        {warnings.commitments.map((commitment) => (
          <li key={commitment.id} className={`agreement-warning agreement-warning--${commitment.dueState}`}>
            <DueStateBadge state={commitment.dueState} /> <bdi>{commitment.description}</bdi> —{' '}
            <bdi>{ownerText(commitment.owner)}</bdi>,{' '}
            {m.warnings.due(formatDay(commitment.dueOn), m.commitments.days(commitment.daysLeft))} · “
            <bdi>{commitment.draftTitle}</bdi>”{commitment.clauseNumber && m.warnings.clause(commitment.clauseNumber)}
            {named && (
              <>
                {' '}
                (<bdi>{commitment.dialogueCodeName}</bdi>)
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="agreement-warnings__rule">{m.warnings.rule}</p>
    </section>
  );
}
