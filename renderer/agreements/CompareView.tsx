import { ArrowRightLeft, MoveVertical } from 'lucide-react';
import type { CompareEntryView, CompareView as Comparison } from '../../shared/contract';
import type { WordChange } from '../../shared/agreements/compare';
import { CLAUSE_STATUS_LABELS } from '../../shared/domain/agreement';
import { m } from './messages';

export type CompareLayout = 'side-by-side' | 'inline';

export interface CompareViewProps {
  readonly comparison: Comparison;
  readonly layout: CompareLayout;
  readonly showUnchanged: boolean;
}

/** Removed words struck through, added ones underlined — and named for screen readers, not only styled. */
function Words({ changes, keep }: { changes: readonly WordChange[]; keep: 'both' | 'before' | 'after' }) {
  return (
    <>
      {changes.map((change, index) => {
        if (change.removed) {
          return keep === 'after' ? null : (
            <del key={index} className="diff-del">
              <span className="visually-hidden">[{m.versions.removedWords}: </span>
              {change.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        if (change.added) {
          return keep === 'before' ? null : (
            <ins key={index} className="diff-ins">
              <span className="visually-hidden">[{m.versions.addedWords}: </span>
              {change.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        return <span key={index}>{change.text}</span>;
      })}
    </>
  );
}

function Badges({ entry }: { entry: CompareEntryView }) {
  const badges: { key: string; text: string }[] = [];
  if (entry.moved) badges.push({ key: 'moved', text: m.versions.movedFrom(entry.before!.number) });
  else if (entry.reLevelled) badges.push({ key: 'level', text: m.versions.was(entry.before!.number) });
  if (entry.kind === 'added') badges.push({ key: 'added', text: m.versions.kinds.added });
  if (entry.kind === 'removed') badges.push({ key: 'removed', text: m.versions.kinds.removed });
  if (entry.kind === 'changed' && entry.before?.text !== entry.after?.text)
    badges.push({ key: 'changed', text: m.versions.kinds.changed });
  if (entry.statusChanged)
    badges.push({
      key: 'status',
      text: `${CLAUSE_STATUS_LABELS[entry.before!.status]} → ${CLAUSE_STATUS_LABELS[entry.after!.status]}`,
    });
  return (
    <span className="compare-badges">
      {entry.moved && <MoveVertical size={14} aria-hidden="true" />}
      {badges.map((badge) => (
        <span key={badge.key} className={`compare-badge compare-badge--${badge.key}`}>
          {badge.text}
        </span>
      ))}
    </span>
  );
}

/**
 * Two states of a draft, clause by clause. A clause that moved appears once, where it is now,
 * marked "moved from 3", with its own word changes inside — side by side (before | after) or inline.
 */
export function CompareView({ comparison, layout, showUnchanged }: CompareViewProps) {
  const entries = comparison.entries.filter(
    (entry) => showUnchanged || entry.kind !== 'unchanged' || entry.moved || entry.reLevelled,
  );
  return (
    <section className={`compare compare--${layout}`} aria-label={`${comparison.from.label} → ${comparison.to.label}`}>
      <p className="compare__summary">
        <ArrowRightLeft size={15} aria-hidden="true" /> {comparison.from.label} → {comparison.to.label}:{' '}
        {m.versions.summary(comparison.summary)}
      </p>
      {entries.length === 0 ? (
        <p className="muted">{m.versions.noDifferences}</p>
      ) : layout === 'inline' ? (
        <ol className="compare__list">
          {entries.map((entry) => (
            <li
              key={entry.clauseId}
              className={`compare-entry compare-entry--${entry.kind}${entry.moved ? ' is-moved' : ''}`}
            >
              <span className="compare-entry__number">{(entry.after ?? entry.before)!.number}</span>
              <div className="compare-entry__body">
                <Badges entry={entry} />
                <p className="compare-entry__text" dir="auto">
                  <Words changes={entry.changes} keep="both" />
                </p>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <table className="compare__table">
          <thead>
            <tr>
              <th scope="col">
                {m.versions.before}: {comparison.from.label}
              </th>
              <th scope="col">
                {m.versions.after}: {comparison.to.label}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr
                key={entry.clauseId}
                className={`compare-entry compare-entry--${entry.kind}${entry.moved ? ' is-moved' : ''}`}
              >
                <td>
                  {entry.before && (
                    <div className="compare-cell">
                      <span className="compare-entry__number">{entry.before.number}</span>
                      <p className="compare-entry__text" dir="auto">
                        <Words changes={entry.changes} keep="before" />
                      </p>
                    </div>
                  )}
                </td>
                <td>
                  {entry.after && (
                    <div className="compare-cell">
                      <span className="compare-entry__number">{entry.after.number}</span>
                      <div>
                        <Badges entry={entry} />
                        <p className="compare-entry__text" dir="auto">
                          <Words changes={entry.changes} keep="after" />
                        </p>
                      </div>
                    </div>
                  )}
                  {!entry.after && <Badges entry={entry} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
