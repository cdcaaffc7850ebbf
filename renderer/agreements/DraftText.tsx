import { useVirtualizer } from '@tanstack/react-virtual';
import {
  ArrowDown,
  ArrowLeftToLine,
  ArrowRightToLine,
  ArrowUp,
  Brackets,
  ListPlus,
  Pause,
  Plus,
  SplitSquareHorizontal,
} from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { ClauseView, DraftView, OutlineView, ParleyError, TopicView } from '../../shared/contract';
import { useApi } from '../api';
import { registerNoteFlush } from '../notes/flush';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { ClauseRow, type ClauseCommands, type FocusRequest, type RowHandle } from './ClauseRow';
import type { TextState } from './editing';
import { HoldPanel } from './HoldPanel';
import { m } from './messages';
import { applyOutline, replaceClause } from './model';

export interface DraftTextProps {
  readonly draft: DraftView;
  readonly clauses: readonly ClauseView[];
  readonly setClauses: Dispatch<SetStateAction<readonly ClauseView[]>>;
  readonly topics: readonly TopicView[];
  /** Registers "save everything now" for Ctrl/Cmd+S and the lock. */
  readonly onFlushReady: (flush: () => Promise<boolean>) => void;
  readonly onAddCommitment: (clauseId: string) => void;
}

/**
 * The working copy as one continuous text, clause after clause, each editable in place. The list
 * is virtualized (only the clauses in view are in the page), so a draft of a thousand clauses
 * scrolls and types as smoothly as one of ten; a clause scrolled away saves what it holds first.
 */
export function DraftText({ draft, clauses, setClauses, topics, onFlushReady, onAddCommitment }: DraftTextProps) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const scroller = useRef<HTMLDivElement | null>(null);
  const handles = useRef(new Map<string, RowHandle>());
  const active = useRef<{ id: string; state: TextState } | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [notice, setNotice] = useState('');
  const [holdFor, setHoldFor] = useState<{ id: string; offset: number } | null>(null);
  const latest = useRef(clauses);
  useEffect(() => {
    latest.current = clauses;
  });
  const serial = useRef(0);

  // eslint-disable-next-line react-hooks/incompatible-library -- read during render only, as in RosterList
  const virtualizer = useVirtualizer({
    count: clauses.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    getItemKey: (index) => clauses[index]!.id,
    overscan: 6,
    // jsdom (tests) has no layout: start as if the box were a page tall.
    initialRect: { width: 900, height: 700 },
  });

  const flushAll = useCallback(async () => {
    const results = await Promise.all([...handles.current.values()].map((handle) => handle.saver.flush()));
    return results.every(Boolean);
  }, []);
  useEffect(() => registerNoteFlush(flushAll), [flushAll]);
  useEffect(() => onFlushReady(flushAll), [onFlushReady, flushAll]);

  const requestFocus = useCallback(
    (id: string, caret: FocusRequest['caret']) => {
      const index = latest.current.findIndex((clause) => clause.id === id);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
      setFocus({ id, caret, serial: ++serial.current });
    },
    [virtualizer],
  );

  const outlined = useCallback(
    (outline: OutlineView, fresh?: ReadonlyMap<string, string>) =>
      setClauses((list) => applyOutline(list, outline, fresh)),
    [setClauses],
  );

  const fail = useCallback((problem: ParleyError) => setError(problem), [setError]);

  const commands = useMemo<ClauseCommands>(() => {
    const addAfter = async (afterId: string | null, depth: number, text: string) => {
      const id = crypto.randomUUID();
      const outline = await run(() => api.clause.add({ draftId: draft.id, id, afterClauseId: afterId, depth, text }));
      if (!outline) return;
      outlined(outline, new Map([[id, text]]));
      requestFocus(id, 'start');
      // The workspace's view of the new clause (its status follows its brackets).
      const view = await run(() => api.clause.save({ id }));
      if (view) setClauses((list) => replaceClause(list, view));
    };
    const restructure = async (id: string, call: () => Promise<OutlineView | undefined>) => {
      const outline = await call();
      if (!outline) return;
      outlined(outline);
      const entry = outline.clauses.find((clause) => clause.id === id);
      if (entry) setNotice(m.editor.moved(entry.number));
      const caret = handles.current.get(id) ? (active.current?.state.start ?? 'end') : 'end';
      requestFocus(id, caret);
    };
    return {
      split(id, _before, after) {
        const clause = latest.current.find((c) => c.id === id);
        // No clause yet: the first one goes at the top.
        void addAfter(clause ? id : null, clause?.depth ?? 0, after);
      },
      move: (id, direction) => void restructure(id, () => run(() => api.clause.move({ id, direction }))),
      indent: (id, direction) => void restructure(id, () => run(() => api.clause.indent({ id, direction }))),
      remove(id) {
        const list = latest.current;
        const index = list.findIndex((clause) => clause.id === id);
        const number = list[index]?.number ?? '';
        // Nothing is left to save in a clause that is going.
        handles.current.get(id)?.saver.dispose();
        void run(() => api.clause.delete({ id })).then((outline) => {
          if (!outline) return;
          outlined(outline);
          setNotice(m.editor.deleted(number));
          const neighbour = list[index - 1] ?? list[index + 1];
          if (neighbour) requestFocus(neighbour.id, 'end');
        });
      },
      focusNeighbour(id, which) {
        const list = latest.current;
        const index = list.findIndex((clause) => clause.id === id);
        const target = list[which === 'previous' ? index - 1 : index + 1];
        if (target) requestFocus(target.id, which === 'previous' ? 'end' : 'start');
      },
      setActive(id, state) {
        active.current = { id, state };
      },
      saved: (view) => setClauses((list) => replaceClause(list, view)),
      register(id, handle) {
        handles.current.set(id, handle);
        return () => {
          if (handles.current.get(id) === handle) handles.current.delete(id);
        };
      },
      openHold(id) {
        const offset = active.current?.id === id ? active.current.state.start : 0;
        setHoldFor({ id, offset });
      },
      addCommitment: (id) => onAddCommitment(id),
    };
  }, [api, draft.id, run, outlined, requestFocus, setClauses, onAddCommitment]);

  const numbers = useMemo(() => new Map(clauses.map((clause) => [clause.id, clause.number])), [clauses]);
  const numberOf = useCallback((id: string) => numbers.get(id), [numbers]);

  /** Toolbar buttons act on the clause last in focus, keeping its selection (mouse down does not steal it). */
  const onActive = (act: (id: string) => void) => ({
    onMouseDown: (event: { preventDefault(): void }) => event.preventDefault(),
    onClick: () => {
      const id = active.current?.id ?? latest.current.at(-1)?.id;
      if (id) act(id);
    },
  });

  const holdClause = holdFor ? clauses.find((clause) => clause.id === holdFor.id) : undefined;

  return (
    <section className="draft-text" aria-label={m.page.tabs.text}>
      <div className="draft-text__toolbar" role="toolbar" aria-label={m.editor.toolbarLabel}>
        <Button
          size="small"
          variant="quiet"
          icon={<Brackets size={15} aria-hidden="true" />}
          aria-keyshortcuts="Control+B Meta+B"
          {...onActive((id) => handles.current.get(id)?.apply('bracket'))}
        >
          {m.editor.bracket} <ShortcutHint keyName="B" withModifier />
        </Button>
        <Button
          size="small"
          variant="quiet"
          icon={<SplitSquareHorizontal size={15} aria-hidden="true" />}
          aria-keyshortcuts="Control+Shift+O Meta+Shift+O"
          {...onActive((id) => handles.current.get(id)?.apply('option'))}
        >
          {m.editor.option} <ShortcutHint keyName="⇧O" withModifier />
        </Button>
        <Button
          size="small"
          variant="quiet"
          icon={<Pause size={15} aria-hidden="true" />}
          {...onActive((id) => commands.openHold(id))}
        >
          {m.editor.hold}
        </Button>
        <span className="draft-text__separator" aria-hidden="true" />
        <Button
          size="small"
          variant="quiet"
          icon={<ArrowUp size={15} aria-hidden="true" />}
          aria-keyshortcuts="Alt+Shift+ArrowUp"
          {...onActive((id) => commands.move(id, 'up'))}
        >
          {m.editor.moveUp}
        </Button>
        <Button
          size="small"
          variant="quiet"
          icon={<ArrowDown size={15} aria-hidden="true" />}
          aria-keyshortcuts="Alt+Shift+ArrowDown"
          {...onActive((id) => commands.move(id, 'down'))}
        >
          {m.editor.moveDown}
        </Button>
        <Button
          size="small"
          variant="quiet"
          icon={<ArrowLeftToLine size={15} aria-hidden="true" />}
          aria-keyshortcuts="Alt+Shift+ArrowLeft"
          {...onActive((id) => commands.indent(id, 'out'))}
        >
          {m.editor.outdent}
        </Button>
        <Button
          size="small"
          variant="quiet"
          icon={<ArrowRightToLine size={15} aria-hidden="true" />}
          aria-keyshortcuts="Alt+Shift+ArrowRight"
          {...onActive((id) => commands.indent(id, 'in'))}
        >
          {m.editor.indent}
        </Button>
        <Button
          size="small"
          variant="quiet"
          icon={<ListPlus size={15} aria-hidden="true" />}
          aria-keyshortcuts="Enter"
          {...onActive((id) => commands.split(id, handles.current.get(id)?.text() ?? '', ''))}
        >
          {m.editor.newClause}
        </Button>
      </div>
      <p className="draft-text__keys muted">{m.editor.keysHelp}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {holdClause && holdFor && (
        <HoldPanel
          clause={holdClause}
          typedText={handles.current.get(holdClause.id)?.text() ?? holdClause.text}
          offset={holdFor.offset}
          clauses={clauses}
          topics={topics}
          flush={() => handles.current.get(holdClause.id)?.saver.flush() ?? Promise.resolve(true)}
          onDone={(view) => {
            if (view) setClauses((list) => replaceClause(list, view));
            setHoldFor(null);
            requestFocus(holdClause.id, holdFor.offset);
          }}
          onError={fail}
        />
      )}
      {clauses.length === 0 ? (
        <div className="empty">
          <p className="empty__title">{m.editor.empty}</p>
          <Button
            variant="primary"
            icon={<Plus size={16} aria-hidden="true" />}
            onClick={() => void commands.split('', '', '')}
          >
            {m.editor.firstClause}
          </Button>
        </div>
      ) : (
        <div className="draft-text__scroller" ref={scroller}>
          <div className="draft-text__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const clause = clauses[item.index]!;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="draft-text__item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <ClauseRow
                    clause={clause}
                    sides={draft.sides}
                    numberOf={numberOf}
                    focus={focus && focus.id === clause.id ? focus : null}
                    commands={commands}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
