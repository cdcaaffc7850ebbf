import { Check, NotebookPen } from 'lucide-react';
import { Fragment, memo, useState } from 'react';
import type { ClauseView, DraftView, PackageDecisionView, SideView } from '../../shared/contract';
import {
  PACKAGE_DECISION_LABELS,
  STANCES,
  STANCE_LABELS,
  type PackageDecision,
  type Stance,
} from '../../shared/domain/agreement';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TableBox } from '../ui/TableBox';
import { ClauseText } from './ClauseText';
import { m } from './messages';
import { stanceOf } from './model';

export interface StanceGridProps {
  readonly draft: DraftView;
  readonly clauses: readonly ClauseView[];
  readonly onClause: (view: ClauseView) => void;
  readonly onPackages: (packages: readonly PackageDecisionView[]) => void;
}

/**
 * Clause × side at a glance: each cell says the stance in words and in colour (never colour alone),
 * can be changed in place, and opens the side's private rationale. The whole package's yes or no
 * per side sits below, with its date.
 */
export function StanceGrid({ draft, clauses, onClause, onPackages }: StanceGridProps) {
  const { run, error, setError } = useCall();
  const [open, setOpen] = useState<{ clauseId: string; sideId: string } | null>(null);
  const clean = clauses.filter((clause) => clause.clean).length;

  if (draft.sides.length === 0) return <p className="muted">{m.stances.noSides}</p>;

  return (
    <section className="stance-grid" aria-label={m.page.tabs.stances}>
      <p className="stance-grid__summary">{m.stances.summary(clean, clauses.length)}</p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <TableBox label={m.stances.caption}>
        <table className="table stance-table">
          <caption className="visually-hidden">{m.stances.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.stances.clause}</th>
              {draft.sides.map((side) => (
                <th scope="col" key={side.id} dir="auto">
                  {side.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {clauses.map((clause) => (
              <Fragment key={clause.id}>
                <StanceRow
                  clause={clause}
                  sides={draft.sides}
                  openSide={open?.clauseId === clause.id ? open.sideId : null}
                  onToggle={(sideId) =>
                    setOpen((current) =>
                      current?.clauseId === clause.id && current.sideId === sideId
                        ? null
                        : { clauseId: clause.id, sideId },
                    )
                  }
                  run={run}
                  onClause={onClause}
                />
                {open?.clauseId === clause.id && (
                  <tr className="stance-table__rationale-row">
                    <td colSpan={draft.sides.length + 1}>
                      <RationaleEditor
                        clause={clause}
                        side={draft.sides.find((side) => side.id === open.sideId)!}
                        run={run}
                        onSaved={(view) => {
                          onClause(view);
                          setOpen(null);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableBox>
      <PackagePanel draft={draft} run={run} onPackages={onPackages} />
    </section>
  );
}

type Run = ReturnType<typeof useCall>['run'];

const StanceRow = memo(function StanceRow({
  clause,
  sides,
  openSide,
  onToggle,
  run,
  onClause,
}: {
  clause: ClauseView;
  sides: readonly SideView[];
  openSide: string | null;
  onToggle: (sideId: string) => void;
  run: Run;
  onClause: (view: ClauseView) => void;
}) {
  const api = useApi();
  return (
    <tr>
      <th scope="row" className="stance-table__clause">
        <span className="stance-table__number">{clause.number}</span>
        <span className="stance-table__text">
          <ClauseText text={clause.text} />
        </span>
        {clause.clean && (
          <span className="clean-mark">
            <Check size={13} aria-hidden="true" /> {m.editor.clean}
          </span>
        )}
      </th>
      {sides.map((side) => {
        const current = stanceOf(clause, side.id);
        return (
          <td key={side.id} className={`stance-cell stance-cell--${current.stance}`}>
            <div className="stance-cell__inner">
              <select
                className="control stance-cell__select"
                aria-label={m.stances.stanceOf(side.name, clause.number)}
                value={current.stance}
                onChange={async (event) => {
                  const view = await run(() =>
                    api.stance.set({ clauseId: clause.id, partyId: side.id, stance: event.target.value as Stance }),
                  );
                  if (view) onClause(view);
                }}
              >
                {STANCES.map((stance) => (
                  <option key={stance} value={stance}>
                    {m.stances.symbols[stance]} {STANCE_LABELS[stance]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className={['icon-button', current.rationale ? 'has-rationale' : ''].filter(Boolean).join(' ')}
                aria-expanded={openSide === side.id}
                aria-label={m.stances.editRationale(side.name, clause.number)}
                title={current.rationale || m.stances.rationale}
                onClick={() => onToggle(side.id)}
              >
                <NotebookPen size={15} aria-hidden="true" />
              </button>
            </div>
          </td>
        );
      })}
    </tr>
  );
});

function RationaleEditor({
  clause,
  side,
  run,
  onSaved,
}: {
  clause: ClauseView;
  side: SideView;
  run: Run;
  onSaved: (view: ClauseView) => void;
}) {
  const api = useApi();
  const current = stanceOf(clause, side.id);
  const [text, setText] = useState(current.rationale);
  return (
    <form
      className="rationale-editor"
      onSubmit={async (event) => {
        event.preventDefault();
        const view = await run(() =>
          api.stance.set({ clauseId: clause.id, partyId: side.id, stance: current.stance, rationale: text }),
        );
        if (view) onSaved(view);
      }}
    >
      <label className="field">
        <span className="field__label">{m.stances.rationaleOf(side.name, clause.number)}</span>
        <textarea
          className="control"
          dir="auto"
          rows={3}
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
          }}
        />
      </label>
      <Button type="submit" size="small" variant="primary">
        {m.stances.saveRationale}
      </Button>
    </form>
  );
}

function PackagePanel({
  draft,
  run,
  onPackages,
}: {
  draft: DraftView;
  run: Run;
  onPackages: (packages: readonly PackageDecisionView[]) => void;
}) {
  const api = useApi();
  return (
    <section className="package-panel" aria-labelledby="package-heading">
      <h2 id="package-heading" className="sx-panel-title">
        {m.stances.package}
      </h2>
      <p className="muted">{m.stances.packageHelp}</p>
      <ul className="package-panel__list">
        {draft.sides.map((side) => {
          const decision = draft.packages.find((entry) => entry.partyId === side.id);
          const save = async (fields: { decision: PackageDecision | null; decidedOn?: string; note?: string }) => {
            const list = await run(() =>
              api.package.set({
                draftId: draft.id,
                partyId: side.id,
                decision: fields.decision,
                ...(fields.decidedOn ? { decidedOn: fields.decidedOn } : {}),
                note: fields.note ?? decision?.note ?? '',
              }),
            );
            if (list) onPackages(list);
          };
          return (
            <li key={side.id} className={`package-panel__side package--${decision?.decision ?? 'none'}`}>
              <span className="package-panel__name" dir="auto">
                {side.name}
              </span>
              <select
                className="control"
                aria-label={m.stances.packageOf(side.name)}
                value={decision?.decision ?? ''}
                onChange={(event) =>
                  void save({ decision: event.target.value === '' ? null : (event.target.value as PackageDecision) })
                }
              >
                <option value="">{m.stances.undecided}</option>
                <option value="yes">{PACKAGE_DECISION_LABELS.yes}</option>
                <option value="no">{PACKAGE_DECISION_LABELS.no}</option>
              </select>
              {decision && (
                <>
                  <label className="package-panel__date">
                    <span>{m.stances.decidedOn}</span>
                    <input
                      type="date"
                      className="control"
                      value={decision.decidedOn}
                      onChange={(event) =>
                        event.target.value && void save({ decision: decision.decision, decidedOn: event.target.value })
                      }
                    />
                  </label>
                  <input
                    className="control package-panel__note"
                    dir="auto"
                    aria-label={`${m.stances.packageNote}, ${side.name}`}
                    placeholder={m.stances.packageNote}
                    defaultValue={decision.note}
                    onBlur={(event) =>
                      event.target.value !== decision.note &&
                      void save({
                        decision: decision.decision,
                        decidedOn: decision.decidedOn,
                        note: event.target.value,
                      })
                    }
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
