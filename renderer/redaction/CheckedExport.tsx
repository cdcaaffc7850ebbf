import { FileDown } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportResult, ExportWarning, ParleyError, RosterCsvResult } from '../../shared/contract';
import { useCall, type Outcome } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ExportWarnings } from './ExportWarnings';
import { SafePhraseForm } from './SafePhraseForm';
import { messages } from './messages';
import './redaction.css';

export interface CheckedExportProps {
  /** The dialogue whose roster the export is checked against, and whose known-safe phrases a warning can add to. */
  readonly dialogueId: string;
  /** Main's export call, with the ids of the warnings acknowledged so far. */
  readonly exportWith: (acknowledgedWarnings: string[]) => Promise<Outcome<ExportResult | RosterCsvResult>>;
  /**
   * Warnings already known (a preview's): listed at once to confirm one by one, before the export
   * is even tried. Each new list replaces the last; confirmations stay with the warnings still in it.
   */
  readonly warnings?: readonly ExportWarning[];
  /** Told which warnings are confirmed, whenever that changes (a preview shows them as confirmed). */
  readonly onConfirmedChange?: (confirmed: ReadonlySet<string>) => void;
  /**
   * Everything that changes what is printed (the options above the button): when it changes, the
   * warnings of the last check no longer apply and are dropped.
   */
  readonly checkKey: string;
  readonly buttonLabel: string;
  /** Why there is nothing to export yet (an empty agenda); the button then says so instead of exporting. */
  readonly emptyHint?: string;
  /** Runs first, e.g. saves what is being typed so the export prints what is on screen. */
  readonly beforeExport?: () => Promise<unknown>;
  /** The export's options, shown before its button. */
  readonly children?: ReactNode;
}

interface Check {
  readonly warnings: readonly ExportWarning[];
  readonly confirmed: ReadonlySet<string>;
}

type Status = { readonly text: string; readonly saved: boolean };
const QUIET: Status = { text: '', saved: false };

/**
 * Every export's button and what follows it (issue 13): main checks the document against the
 * roster, asks where to save and prints; what may point to a participant comes back as warnings,
 * each confirmed here one by one (or silenced by a known-safe phrase) before the export goes
 * ahead; a refusal names the place, never the words. One component, so every export — agenda,
 * draft, summary, sponsor report — behaves the same. WORKSPACE_LOCKED goes to the frame (useCall).
 */
export function CheckedExport({
  dialogueId,
  exportWith,
  checkKey,
  buttonLabel,
  emptyHint,
  beforeExport,
  warnings: known,
  onConfirmedChange,
  children,
}: CheckedExportProps) {
  const { run, error, setError, busy } = useCall();
  const [status, setStatus] = useState<Status>(QUIET);
  const [check, setCheck] = useState<Check | null>(null);
  /** The known-safe phrase form, open for a warning's place (or for a refusal, with no place). */
  const [markingSafe, setMarkingSafe] = useState<{ readonly where?: string } | null>(null);
  const hintId = useId();
  const open = check ? check.warnings.filter((warning) => !check.confirmed.has(warning.id)).length : 0;

  // Other options, other text, other warnings: they are checked again on the next export.
  const lastKey = useRef(checkKey);
  useEffect(() => {
    if (lastKey.current === checkKey) return;
    lastKey.current = checkKey;
    setCheck(null);
    setMarkingSafe(null);
  }, [checkKey]);

  // Warnings a preview found are there to confirm before anything is tried (state adjusted while
  // rendering, as React advises for state that follows a prop).
  const [knownSeen, setKnownSeen] = useState<readonly ExportWarning[] | undefined>(undefined);
  if (known !== knownSeen) {
    setKnownSeen(known);
    if (known) {
      const ids = new Set(known.map((warning) => warning.id));
      setCheck(
        known.length === 0
          ? null
          : { warnings: known, confirmed: new Set([...(check?.confirmed ?? [])].filter((id) => ids.has(id))) },
      );
    }
  }

  const confirmedSet = check?.confirmed;
  const report = useRef(onConfirmedChange);
  useLayoutEffect(() => {
    report.current = onConfirmedChange;
  });
  useEffect(() => {
    report.current?.(confirmedSet ?? new Set());
  }, [confirmedSet]);

  async function start(acknowledgedWarnings: readonly string[] = []) {
    if (emptyHint) return;
    setError(null);
    setMarkingSafe(null);
    setStatus({ text: messages.exporting, saved: false });
    await beforeExport?.();
    const result = await run(() => exportWith([...acknowledgedWarnings]));
    if (!result) {
      setStatus(QUIET);
    } else if (result.saved) {
      setCheck(null);
      setStatus({
        text:
          'pages' in result
            ? messages.saved(result.fileName, result.pages)
            : messages.savedRows(result.fileName, result.participants),
        saved: true,
      });
    } else if (result.warnings && result.warnings.length > 0) {
      const ids = new Set(result.warnings.map((warning) => warning.id));
      // Confirmations stay with the warnings that are still there.
      const confirmed = new Set([...(check?.confirmed ?? [])].filter((id) => ids.has(id)));
      setCheck({ warnings: result.warnings, confirmed });
      setStatus({ text: messages.waiting(result.warnings.length), saved: false });
    } else {
      setStatus({ text: messages.cancelled, saved: false });
    }
  }

  function confirm(id: string, confirmed: boolean) {
    setCheck((current) => {
      if (!current) return current;
      const next = new Set(current.confirmed);
      if (confirmed) next.add(id);
      else next.delete(id);
      return { ...current, confirmed: next };
    });
  }

  const confirmedIds = check ? [...check.confirmed] : [];
  const refused = (candidate: ParleyError | null) => candidate?.code === 'NAME_IN_EXPORT';

  return (
    <div className="checked-export">
      <div className="checked-export__controls">
        {/* The options cannot change under an export in flight. */}
        <fieldset className="checked-export__options" disabled={busy}>
          {children}
        </fieldset>
        <Button
          size="small"
          icon={<FileDown size={14} aria-hidden="true" />}
          busy={busy}
          aria-disabled={emptyHint ? true : undefined}
          aria-describedby={emptyHint ? hintId : undefined}
          onClick={() => void start(confirmedIds)}
        >
          {buttonLabel}
        </Button>
      </div>
      {emptyHint && (
        <p id={hintId} className="checked-export__hint">
          {emptyHint}
        </p>
      )}
      <p
        className={['checked-export__status', status.saved ? 'is-saved' : ''].filter(Boolean).join(' ')}
        role="status"
        aria-live="polite"
      >
        {status.text}
      </p>
      {check && (
        <>
          <ExportWarnings
            warnings={check.warnings}
            confirmed={check.confirmed}
            onConfirm={confirm}
            onMarkSafe={(warning) => setMarkingSafe({ where: warning.where })}
          />
          <div className="checked-export__controls">
            <Button
              size="small"
              variant="quiet"
              onClick={() => {
                setCheck(null);
                setMarkingSafe(null);
                setStatus(QUIET);
              }}
            >
              {messages.dismissWarnings}
            </Button>
            <Button
              size="small"
              variant="primary"
              busy={busy}
              aria-disabled={open > 0 || undefined}
              onClick={() => {
                if (open === 0) void start(confirmedIds);
              }}
            >
              {messages.exportConfirmed}
            </Button>
          </div>
        </>
      )}
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {refused(error) && !markingSafe && (
        <div className="checked-export__controls">
          <span className="checked-export__hint">{messages.refusedHint}</span>
          <Button size="small" variant="quiet" onClick={() => setMarkingSafe({})}>
            {messages.markSafe}
          </Button>
        </div>
      )}
      {markingSafe && (
        <SafePhraseForm
          dialogueId={dialogueId}
          where={markingSafe.where}
          onCancel={() => setMarkingSafe(null)}
          onAdded={() => {
            setStatus({ text: messages.safePhraseAdded, saved: false });
            void start(confirmedIds);
          }}
        />
      )}
    </div>
  );
}
