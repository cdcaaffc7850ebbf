import { Check, TriangleAlert, Undo2 } from 'lucide-react';
import { useId } from 'react';
import type { ExportWarning } from '../../shared/contract';
import { Button } from '../ui/Button';
import { messages } from './messages';
import './redaction.css';

export interface ExportWarningsProps {
  readonly warnings: readonly ExportWarning[];
  /** Ids of the warnings confirmed so far. */
  readonly confirmed: ReadonlySet<string>;
  readonly onConfirm: (id: string, confirmed: boolean) => void;
  /** Offered on warnings about words (not on re-identification risks): opens the known-safe phrase form. */
  readonly onMarkSafe?: (warning: ExportWarning) => void;
}

const ABOUT_WORDS = new Set<ExportWarning['kind']>(['name', 'alias', 'affiliation', 'pseudonym']);

/**
 * The warnings of an export, each to be confirmed one by one (issue 13): where, and why — never the
 * words themselves. Every export's dialog shows them the same way.
 */
export function ExportWarnings({ warnings, confirmed, onConfirm, onMarkSafe }: ExportWarningsProps) {
  const titleId = useId();
  const open = warnings.filter((warning) => !confirmed.has(warning.id)).length;
  return (
    <section className="export-warnings" aria-labelledby={titleId}>
      <h3 id={titleId} className="export-warnings__title">
        <TriangleAlert size={16} aria-hidden="true" />
        {messages.warningsTitle(warnings.length)}
      </h3>
      <p className="export-warnings__intro">{messages.warningsIntro}</p>
      <ul className="export-warnings__list">
        {warnings.map((warning) => {
          const done = confirmed.has(warning.id);
          return (
            <li key={warning.id} className={['export-warning', done ? 'is-confirmed' : ''].filter(Boolean).join(' ')}>
              <div className="export-warning__text">
                <bdi className="export-warning__where">{warning.where}</bdi>
                <span className="export-warning__reason">{warning.reason}.</span>
              </div>
              <div className="export-warning__actions">
                {done ? (
                  <>
                    <span className="export-warning__done">
                      <Check size={14} aria-hidden="true" />
                      {messages.confirmed}
                    </span>
                    <Button
                      size="small"
                      variant="quiet"
                      icon={<Undo2 size={14} aria-hidden="true" />}
                      aria-label={messages.undoLabel(warning.where)}
                      onClick={() => onConfirm(warning.id, false)}
                    >
                      {messages.undo}
                    </Button>
                  </>
                ) : (
                  <>
                    {onMarkSafe && ABOUT_WORDS.has(warning.kind) && (
                      <Button size="small" variant="quiet" onClick={() => onMarkSafe(warning)}>
                        {messages.markSafe}
                      </Button>
                    )}
                    <Button
                      size="small"
                      aria-label={messages.confirmLabel(warning.where)}
                      onClick={() => onConfirm(warning.id, true)}
                    >
                      {messages.confirm}
                    </Button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="export-warnings__count" role="status" aria-live="polite">
        {open === 0 ? messages.allConfirmed : messages.remaining(open)}
      </p>
    </section>
  );
}
