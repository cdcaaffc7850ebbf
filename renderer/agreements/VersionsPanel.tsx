import { GitCompareArrows } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { CompareView as Comparison, DraftView, VersionRef } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { laptopTimeZone } from '../../shared/time/zone';
import { formatDateTimeIn } from '../ui/format';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { CompareView, type CompareLayout } from './CompareView';
import { m } from './messages';
import { Checkbox } from '../ui/Checkbox';

export interface VersionsPanelProps {
  readonly draft: DraftView;
  /** Asked for from elsewhere (a version's "compare with the one before"). */
  readonly initial?: { readonly from: VersionRef; readonly to: VersionRef } | undefined;
}

const parseRef = (value: string): VersionRef => (value === 'working' ? 'working' : Number(value));

/**
 * The numbered versions of the draft, newest first, and the comparison of any two states of it
 * (versions or the working text): side by side or inline, word changes inside each clause, moved
 * clauses shown once as moved.
 */
export function VersionsPanel({ draft, initial }: VersionsPanelProps) {
  const api = useApi();
  const ids = useId();
  const { run, error, setError, busy } = useCall();
  const latest = draft.versions[0]?.number ?? null;
  const [from, setFrom] = useState<VersionRef>(initial?.from ?? draft.versions[1]?.number ?? latest ?? 'working');
  const [to, setTo] = useState<VersionRef>(initial?.to ?? (draft.versions[1] ? latest! : 'working'));
  const [layout, setLayout] = useState<CompareLayout>('side-by-side');
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [comparison, setComparison] = useState<Comparison | null>(null);

  const compare = async (a: VersionRef, b: VersionRef) => {
    setFrom(a);
    setTo(b);
    const result = await run(() =>
      api.draft.compare({ from: { draftId: draft.id, version: a }, to: { draftId: draft.id, version: b } }),
    );
    if (result) setComparison(result);
  };

  // Opening the tab shows a comparison at once: the two latest states.
  const [first] = useState({ from, to });
  useEffect(() => {
    if (latest === null) return;
    let current = true;
    void attempt(() =>
      api.draft.compare({
        from: { draftId: draft.id, version: first.from },
        to: { draftId: draft.id, version: first.to },
      }),
    ).then((result) => {
      if (!current) return;
      if (result.ok) setComparison(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, draft.id, latest, first, setError]);

  const options = [
    { value: 'working', label: m.versions.working },
    ...draft.versions.map((version) => ({ value: String(version.number), label: m.versions.row(version.number) })),
  ];

  return (
    <section className="versions" aria-label={m.versions.heading}>
      {draft.versions.length === 0 ? (
        <p className="muted">{m.versions.none}</p>
      ) : (
        <>
          <ol className="versions__list">
            {draft.versions.map((version, index) => (
              <li key={version.id} className="versions__item">
                <span className="versions__number">{m.versions.row(version.number)}</span>
                <time dateTime={version.savedAt} className="muted">
                  {formatDateTimeIn(version.savedAt, laptopTimeZone())}
                </time>
                <span className="versions__note" dir="auto">
                  {version.note}
                </span>
                <span className="muted">{m.versions.clauses(version.clauseCount)}</span>
                {draft.versions[index + 1] && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void compare(draft.versions[index + 1]!.number, version.number)}
                  >
                    {m.versions.withPrevious}
                  </button>
                )}
              </li>
            ))}
          </ol>
          <form
            className="versions__compare"
            onSubmit={(event) => {
              event.preventDefault();
              void compare(from, to);
            }}
          >
            <label className="versions__field">
              <span>{m.versions.from}</span>
              <select
                id={`${ids}-from`}
                className="control"
                value={String(from)}
                onChange={(e) => setFrom(parseRef(e.target.value))}
              >
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="versions__field">
              <span>{m.versions.to}</span>
              <select className="control" value={String(to)} onChange={(e) => setTo(parseRef(e.target.value))}>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <Button type="submit" icon={<GitCompareArrows size={15} aria-hidden="true" />} busy={busy}>
              {m.versions.compare}
            </Button>
            <div className="versions__layout" role="group" aria-label={m.versions.compare}>
              {(['side-by-side', 'inline'] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  className={['chip', layout === value ? 'is-on' : ''].filter(Boolean).join(' ')}
                  aria-pressed={layout === value}
                  onClick={() => setLayout(value)}
                >
                  {value === 'inline' ? m.versions.inline : m.versions.sideBySide}
                </button>
              ))}
            </div>
            <Checkbox checked={showUnchanged} onChange={setShowUnchanged}>
              {m.versions.showUnchanged}
            </Checkbox>
          </form>
          {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
          {comparison && <CompareView comparison={comparison} layout={layout} showUnchanged={showUnchanged} />}
        </>
      )}
    </section>
  );
}
