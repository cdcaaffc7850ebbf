import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { bracketBody, parseClause } from '../../shared/agreements/brackets';
import { bracketAt } from '../../shared/agreements/holds';
import type { ClauseView, ParleyError, TopicView } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { m } from './messages';

type PendingKind = 'clause' | 'topic' | 'other';

export interface HoldPanelProps {
  readonly clause: ClauseView;
  /** The clause's text as typed now; the hold is placed once it is saved. */
  readonly typedText: string;
  /** The caret when the panel was asked for: the bracket around it is chosen. */
  readonly offset: number;
  readonly clauses: readonly ClauseView[];
  readonly topics: readonly TopicView[];
  readonly flush: () => Promise<boolean>;
  readonly onDone: (view: ClauseView | null) => void;
  readonly onError: (error: ParleyError) => void;
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * "Hold bracket…": holds one bracket of a clause pending another clause, a topic or something said
 * in words. The bracket under the cursor is chosen; any other can be picked from the list.
 */
export function HoldPanel({ clause, typedText, offset, clauses, topics, flush, onDone, onError }: HoldPanelProps) {
  const api = useApi();
  const ids = useId();
  const parse = parseClause(typedText);
  const brackets = parse.ok ? parse.brackets : [];
  const under = parse.ok ? bracketAt(parse, offset) : null;
  const [bracket, setBracket] = useState(under?.ordinal ?? 0);
  const others = clauses.filter((other) => other.id !== clause.id);
  const [kind, setKind] = useState<PendingKind>(others.length > 0 ? 'clause' : topics.length > 0 ? 'topic' : 'other');
  const [clauseId, setClauseId] = useState(others[0]?.id ?? '');
  const [topicId, setTopicId] = useState(topics[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLSelectElement>(null);

  useEffect(() => first.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    await flush();
    const pending =
      kind === 'clause' ? { kind, clauseId } : kind === 'topic' ? { kind, topicId } : ({ kind: 'other' } as const);
    const result = await attempt(() => api.hold.add({ clauseId: clause.id, bracket, pending, reason }));
    setBusy(false);
    if (result.ok) onDone(result.value);
    else onError(result.error);
  }

  return (
    <form
      className="hold-panel"
      aria-labelledby={`${ids}-title`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(null);
        }
      }}
    >
      <h2 id={`${ids}-title`} className="hold-panel__title">
        {m.hold.title(clause.number)}
      </h2>
      {brackets.length === 0 ? (
        <p>{m.hold.noBracket}</p>
      ) : (
        <>
          <label className="hold-panel__field">
            <span>{m.hold.bracket}</span>
            <select
              ref={first}
              className="control"
              value={bracket}
              onChange={(event) => setBracket(Number(event.target.value))}
            >
              {brackets.map((b) => (
                <option key={b.ordinal} value={b.ordinal}>
                  [{shorten(bracketBody(typedText, b))}]
                </option>
              ))}
            </select>
          </label>
          <fieldset className="hold-panel__kinds">
            <legend>{m.hold.pendingOn}</legend>
            {(['clause', 'topic', 'other'] as const).map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name={`${ids}-kind`} checked={kind === value} onChange={() => setKind(value)} />
                {m.hold[value]}
              </label>
            ))}
          </fieldset>
          {kind === 'clause' && (
            <label className="hold-panel__field">
              <span>{m.hold.whichClause}</span>
              <select className="control" value={clauseId} onChange={(event) => setClauseId(event.target.value)}>
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.number} — {shorten(other.text)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {kind === 'topic' &&
            (topics.length === 0 ? (
              <p className="muted">{m.hold.noTopics}</p>
            ) : (
              <label className="hold-panel__field">
                <span>{m.hold.whichTopic}</span>
                <select className="control" value={topicId} onChange={(event) => setTopicId(event.target.value)}>
                  {topics.map((topic) => (
                    <option key={topic.id} value={topic.id}>
                      {topic.title}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          <label className="hold-panel__field hold-panel__reason">
            <span>{kind === 'other' ? m.hold.reason : m.hold.reasonOptional}</span>
            <input className="control" dir="auto" value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
        </>
      )}
      <div className="hold-panel__actions">
        {brackets.length > 0 && (
          <Button type="submit" variant="primary" size="small" busy={busy}>
            {m.hold.add}
          </Button>
        )}
        <Button size="small" onClick={() => onDone(null)}>
          {m.hold.cancel}
        </Button>
      </div>
    </form>
  );
}
