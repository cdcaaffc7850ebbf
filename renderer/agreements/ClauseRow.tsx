import { Check, CircleAlert, Pause, X } from 'lucide-react';
import { memo, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { parseClause, describeBracketError } from '../../shared/agreements/brackets';
import type { ClauseView, ParleyError, SideView } from '../../shared/contract';
import {
  AGREEMENT_LIMITS,
  CLAUSE_STATUSES,
  CLAUSE_STATUS_LABELS,
  type ClauseStatus,
} from '../../shared/domain/agreement';
import { formatSize, utf8Bytes } from '../../shared/domain/note';
import { attempt, useApi } from '../api';
import type { Autosave, SaveStatus } from '../notes/autosave';
import { useAutosave } from '../notes/useAutosave';
import { BracketTextarea } from './BracketTextarea';
import { addOption, caretContext, splitAt, wrapInBrackets, type TextState } from './editing';
import { m } from './messages';
import { holdLabel, sideShort, stanceOf } from './model';

/** What a clause row asks of the editor around it. One stable object: rows re-render only for their own clause. */
export interface ClauseCommands {
  /** Enter: a new clause after this one, taking the text after the caret. */
  split(id: string, before: string, after: string): void;
  move(id: string, direction: 'up' | 'down'): void;
  indent(id: string, direction: 'in' | 'out'): void;
  remove(id: string): void;
  focusNeighbour(id: string, which: 'previous' | 'next'): void;
  /** The clause and selection the toolbar acts on. */
  setActive(id: string, state: TextState, textarea: HTMLTextAreaElement): void;
  saved(view: ClauseView): void;
  register(id: string, handle: RowHandle): () => void;
  openHold(id: string): void;
  addCommitment(id: string): void;
}

/** What the editor's toolbar can do to a row it does not own. */
export interface RowHandle {
  readonly saver: Autosave;
  /** The text as typed now (saved or not). */
  text(): string;
  /** Brackets the selection or adds an option, as Ctrl/Cmd+B and Ctrl/Cmd+Shift+O do. */
  apply(command: 'bracket' | 'option'): void;
}

export interface FocusRequest {
  readonly id: string;
  readonly caret: 'start' | 'end' | number;
  /** A new request each time, even for the same place. */
  readonly serial: number;
}

export interface ClauseRowProps {
  readonly clause: ClauseView;
  readonly sides: readonly SideView[];
  readonly numberOf: (id: string) => string | undefined;
  readonly focus: FocusRequest | null;
  readonly commands: ClauseCommands;
}

/** Codes a retry cannot fix: the text has to change first. */
const FINAL = new Set(['INVALID_INPUT', 'CLAUSE_TOO_LARGE', 'CLAUSE_NOT_FOUND']);

/**
 * One clause of the working copy: its number, its text in a bracket-aware textarea that saves
 * itself (as a note does: within a second of a pause, on leaving, before a lock), its status, the
 * clean mark, each side's stance at a glance, and its holds. Keys work as in a word processor's
 * numbered list (see m.editor.keysHelp).
 */
export const ClauseRow = memo(function ClauseRow({ clause, sides, numberOf, focus, commands }: ClauseRowProps) {
  const api = useApi();
  const ids = useId();
  const [text, setText] = useState(() => clause.pendingText ?? clause.text);
  const [rowError, setRowError] = useState<ParleyError | null>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [more, setMore] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const area = useRef<HTMLTextAreaElement | null>(null);
  // What is typed now, for the saver (which outlives renders).
  const typed = useRef(text);
  const change = (next: TextState) => {
    setText(next.text);
    typed.current = next.text;
    saver.change();
    setCaret(next.start);
    // The selection is set once React has put the new text in place (which moved the caret to
    // the end), and reported again: the browser's own select events may come before it.
    requestAnimationFrame(() => {
      area.current?.setSelectionRange(next.start, next.end);
      report();
    });
  };

  const latest = useRef({ commands, change: (_next: TextState) => undefined as void });
  useLayoutEffect(() => {
    latest.current = { commands, change };
  });

  // One saver per clause for the row's life; `commands` is stable. Scrolled out of view or
  // closed, what is pending is saved, then the saver is dropped.
  const saver = useAutosave(
    clause.id,
    { kind: 'idle' },
    {
      finalCodes: FINAL,
      save: async () => {
        const now = typed.current;
        const bytes = utf8Bytes(now);
        if (bytes > AGREEMENT_LIMITS.maxClauseBytes) {
          return {
            ok: false,
            error: {
              code: 'CLAUSE_TOO_LARGE',
              message: `This clause is ${formatSize(bytes)}; a clause holds at most ${formatSize(AGREEMENT_LIMITS.maxClauseBytes)}. Split it into several clauses. Nothing was lost: the text is still in the editor.`,
            },
          };
        }
        const result = await attempt(() => api.clause.save({ id: clause.id, text: now }));
        if (!result.ok) return result;
        latest.current.commands.saved(result.value);
        return { ok: true };
      },
      register: (autosave) =>
        commands.register(clause.id, {
          saver: autosave,
          text: () => typed.current,
          apply: (command) => {
            const node = area.current;
            if (!node) return;
            const state = { text: node.value, start: node.selectionStart, end: node.selectionEnd };
            latest.current.change(command === 'bracket' ? wrapInBrackets(state) : addOption(state));
            node.focus();
          },
        }),
    },
  );
  const status = saver.status;

  // Focus asked for by the editor (a new clause, a neighbour, after a move).
  useEffect(() => {
    if (!focus || focus.id !== clause.id || !area.current) return;
    const node = area.current;
    // Still in this clause (indented or moved in place, the answer came after more keys): the
    // caret and any selection made meanwhile stay where the facilitator put them.
    if (node.ownerDocument.activeElement === node) return;
    node.focus();
    const at = focus.caret === 'start' ? 0 : focus.caret === 'end' ? node.value.length : focus.caret;
    node.setSelectionRange(at, at);
  }, [focus, clause.id]);

  function report() {
    const node = area.current;
    if (!node) return;
    setCaret(node.selectionStart);
    commands.setActive(clause.id, { text: node.value, start: node.selectionStart, end: node.selectionEnd }, node);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const node = event.currentTarget;
    const mod = event.ctrlKey || event.metaKey;
    const { selectionStart: start, selectionEnd: end, value } = node;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      commands.move(clause.id, event.key === 'ArrowUp' ? 'up' : 'down');
    } else if (event.altKey && event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      // In a right-to-left clause the arrows keep their meaning on the page: → deeper, ← up a level.
      commands.indent(clause.id, event.key === 'ArrowRight' ? 'in' : 'out');
    } else if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'b') {
      event.preventDefault();
      change(wrapInBrackets({ text: value, start, end }));
    } else if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o') {
      event.preventDefault();
      change(addOption({ text: value, start, end }));
    } else if (event.key === 'Enter' && !event.shiftKey && !mod && !event.altKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      // Inside a bracket the text cannot be cut in two: the new clause starts empty instead.
      if (start !== end || caretContext(value, start) !== null) {
        commands.split(clause.id, value, '');
      } else {
        const { before, after } = splitAt(value, start);
        if (before !== value) {
          setText(before);
          typed.current = before;
          saver.change();
        }
        commands.split(clause.id, before, after);
      }
    } else if (event.key === 'Backspace' && value === '' && !mod) {
      event.preventDefault();
      commands.remove(clause.id);
    } else if (event.key === 'ArrowUp' && start === 0 && end === 0 && !event.shiftKey && !mod) {
      event.preventDefault();
      commands.focusNeighbour(clause.id, 'previous');
    } else if (event.key === 'ArrowDown' && start === value.length && end === value.length && !event.shiftKey && !mod) {
      event.preventDefault();
      commands.focusNeighbour(clause.id, 'next');
    }
  };

  async function setClauseStatus(next: ClauseStatus) {
    await saver.flush();
    const result = await attempt(() => api.clause.save({ id: clause.id, status: next }));
    if (result.ok) {
      setRowError(null);
      commands.saved(result.value);
    } else setRowError(result.error);
  }

  const parse = parseClause(text);
  const problem = parse.ok ? null : parse.error;
  const context = caret === null ? null : caretContext(text, caret);
  const labelId = `${ids}-label`;
  const helpId = `${ids}-help`;
  const errorId = `${ids}-error`;

  return (
    <div className={`clause-row clause-row--depth-${clause.depth}`} data-clause-id={clause.id}>
      <div className="clause-row__number" id={labelId} aria-hidden="true">
        {clause.number}
      </div>
      <div className="clause-row__body">
        <label className="visually-hidden" htmlFor={`${ids}-text`}>
          {m.editor.clauseLabel(clause.number)}
        </label>
        <BracketTextarea
          ref={area}
          id={`${ids}-text`}
          value={text}
          problemOffset={problem?.offset ?? null}
          placeholder={m.editor.placeholder}
          aria-describedby={[problem ? errorId : null, helpId].filter(Boolean).join(' ')}
          aria-invalid={problem ? true : undefined}
          aria-keyshortcuts="Control+B Meta+B Control+Shift+O Meta+Shift+O Alt+Shift+ArrowUp Alt+Shift+ArrowDown Alt+Shift+ArrowLeft Alt+Shift+ArrowRight"
          onChange={(event) => {
            setText(event.target.value);
            typed.current = event.target.value;
            saver.change();
            setCaret(event.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onSelect={report}
          onFocus={report}
          onBlur={() => void saver.flush()}
        />
        {problem && (
          <p id={errorId} className="clause-row__problem" role="alert">
            <CircleAlert size={14} aria-hidden="true" /> {describeBracketError(problem)} {m.editor.pending}
          </p>
        )}
        <p id={helpId} className="clause-row__caret muted">
          {context ? m.editor.caret(context.depth, context.option) : caret !== null ? m.editor.caretOutside : ''}
        </p>
        {clause.holds.length > 0 && (
          <ul className="clause-row__holds" aria-label={m.editor.holdsOf(clause.number)}>
            {clause.holds.map((hold) => {
              const label = holdLabel(hold, numberOf);
              return (
                <li key={hold.id} className={hold.span ? 'hold' : 'hold hold--detached'}>
                  <Pause size={13} aria-hidden="true" />
                  <span>
                    {hold.span ? m.editor.holdLabel : m.editor.holdDetached}: <bdi>[{hold.anchorText}]</bdi> —{' '}
                    <bdi>{label}</bdi>
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={m.editor.releaseLabel(label)}
                    onClick={async () => {
                      const result = await attempt(() => api.hold.remove({ id: hold.id }));
                      if (result.ok) commands.saved(result.value);
                      else setRowError(result.error);
                    }}
                  >
                    {m.editor.release}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {rowError && (
          <p className="clause-row__problem" role="alert">
            <CircleAlert size={14} aria-hidden="true" /> {rowError.message}
            <button
              type="button"
              className="icon-button"
              aria-label={m.editor.dismiss}
              onClick={() => setRowError(null)}
            >
              <X size={14} aria-hidden="true" />
            </button>
          </p>
        )}
        {more && (
          <div className="clause-row__more">
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => commands.openHold(clause.id)}
            >
              {m.editor.hold}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => commands.addCommitment(clause.id)}
            >
              {m.editor.addCommitment}
            </button>
            {confirming ? (
              <span className="clause-row__confirm" role="group" aria-label={m.editor.deleteConfirm(clause.number)}>
                <span>{m.editor.deleteConfirm(clause.number)}</span>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => {
                    setConfirming(false);
                    commands.remove(clause.id);
                  }}
                >
                  {m.editor.delete}
                </button>
                <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
                  {m.editor.keep}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button button--small button--quiet clause-row__delete"
                onClick={() => setConfirming(true)}
              >
                {m.editor.delete}…
              </button>
            )}
          </div>
        )}
      </div>
      <div className="clause-row__meta">
        <select
          className="control clause-row__status"
          aria-label={`${m.editor.status}, ${m.editor.clauseLabel(clause.number)}`}
          value={clause.status}
          onChange={(event) => void setClauseStatus(event.target.value as ClauseStatus)}
        >
          {CLAUSE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {CLAUSE_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
        <div className="clause-row__marks">
          {clause.clean && (
            <span className="clean-mark" title={m.editor.cleanHelp}>
              <Check size={13} aria-hidden="true" /> {m.editor.clean}
            </span>
          )}
          {sides.map((side) => {
            const stance = stanceOf(clause, side.id).stance;
            return (
              <span
                key={side.id}
                className={`stance-chip stance-chip--${stance}`}
                title={m.stances.chip(side.name, stance)}
              >
                <span aria-hidden="true">{m.stances.symbols[stance]}</span>
                <span className="visually-hidden">{m.stances.chip(side.name, stance)}</span>
                <bdi aria-hidden="true">{sideShort(side)}</bdi>
              </span>
            );
          })}
        </div>
        <div className="clause-row__save">
          <SaveNote status={status} />
          <button
            type="button"
            className="button button--small button--quiet"
            aria-expanded={more}
            aria-label={m.editor.more(clause.number)}
            onClick={() => setMore((open) => !open)}
          >
            ⋯
          </button>
        </div>
      </div>
    </div>
  );
});

function SaveNote({ status }: { readonly status: SaveStatus }) {
  switch (status.kind) {
    case 'saving':
      return <span className="save-note">{m.editor.saving}</span>;
    case 'unsaved':
      return <span className="save-note">{m.editor.unsaved}</span>;
    case 'saved':
      return <span className="save-note save-note--saved">{m.editor.saved}</span>;
    case 'failed':
      return (
        <span className="save-note save-note--failed" role="alert" dir="auto">
          {status.error.message}
        </span>
      );
    case 'idle':
      return null;
  }
}
