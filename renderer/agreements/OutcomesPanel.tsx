import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DialogueView, OutcomeView, SessionView, TransferView } from '../../shared/contract';
import { SUBSTANTIATIONS, SUBSTANTIATION_LABELS, type Substantiation } from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { m } from './messages';
import { clauseGist, useDialogueClauses } from './useDialogueClauses';

export interface OutcomesPanelProps {
  readonly dialogue: DialogueView;
  readonly onChanged?: () => void;
}

/**
 * Outcome harvesting: observed changes in a social actor (by role), how the dialogue contributed,
 * why it matters and who can verify it — linked to sessions and transfers.
 */
export function OutcomesPanel({ dialogue, onChanged }: OutcomesPanelProps) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const [list, setList] = useState<readonly OutcomeView[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void attempt(() => api.outcome.list({ dialogueId: dialogue.id })).then((result) => {
      if (!current) return;
      if (result.ok) setList(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, reloads, setError]);

  return (
    <section className="outcomes" aria-labelledby="outcomes-heading">
      <div className="sx-header">
        <div>
          <h2 id="outcomes-heading" className="sx-panel-title">
            {m.outcomes.heading}
          </h2>
          <p className="muted">{m.outcomes.intro}</p>
        </div>
        {!adding && (
          <Button icon={<Plus size={15} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {m.outcomes.add}
          </Button>
        )}
      </div>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {adding && (
        <OutcomeForm
          dialogue={dialogue}
          onCancel={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            setReloads((n) => n + 1);
            onChanged?.();
          }}
        />
      )}
      {list !== null && list.length === 0 && !adding && <p className="muted">{m.outcomes.none}</p>}
      <ul className="outcomes__list">
        {(list ?? []).map((outcome) => (
          <li key={outcome.id} className="outcome-card">
            <div className="outcome-card__head">
              <p className="outcome-card__what" dir="auto">
                {outcome.description}
              </p>
              <button
                type="button"
                className="icon-button"
                aria-label={m.outcomes.deleteLabel(outcome.description)}
                onClick={async () => {
                  const done = await run(() => api.outcome.delete({ id: outcome.id }));
                  if (done) {
                    setList((all) => (all ?? []).filter((o) => o.id !== outcome.id));
                    onChanged?.();
                  }
                }}
              >
                <Trash2 size={15} aria-hidden="true" />
              </button>
            </div>
            <dl className="outcome-card__facts">
              <dt>{m.outcomes.actor}</dt>
              <dd dir="auto">{outcome.socialActor}</dd>
              {outcome.observedOn && (
                <>
                  <dt>{m.outcomes.when}</dt>
                  <dd>{formatDay(outcome.observedOn)}</dd>
                </>
              )}
              {outcome.place && (
                <>
                  <dt>{m.outcomes.where}</dt>
                  <dd dir="auto">{outcome.place}</dd>
                </>
              )}
              {outcome.contribution && (
                <>
                  <dt>{m.outcomes.contribution}</dt>
                  <dd dir="auto">{outcome.contribution}</dd>
                </>
              )}
              {outcome.significance && (
                <>
                  <dt>{m.outcomes.significance}</dt>
                  <dd dir="auto">{outcome.significance}</dd>
                </>
              )}
              <dt>{m.outcomes.substantiation}</dt>
              <dd>
                {SUBSTANTIATION_LABELS[outcome.substantiation]}
                {outcome.verifierRole && (
                  <>
                    {' '}
                    · <bdi>{outcome.verifierRole}</bdi>
                  </>
                )}
              </dd>
              {outcome.evidence && (
                <>
                  <dt>{m.outcomes.evidence}</dt>
                  <dd dir="auto">{outcome.evidence}</dd>
                </>
              )}
              {(outcome.sessions.length > 0 || outcome.clauses.length > 0 || outcome.transfers.length > 0) && (
                <>
                  <dt>{m.outcomes.linked}</dt>
                  <dd>
                    {[
                      ...outcome.sessions.map((s) => m.outcomes.session(s.number)),
                      ...outcome.clauses.map((c) => m.editor.clauseLabel(c.number)),
                      ...outcome.transfers.map((t) => `${formatDay(t.carriedOn)}: ${t.ideaLabel}`),
                    ].join(' · ')}
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OutcomeForm({
  dialogue,
  onCancel,
  onCreated,
}: {
  dialogue: DialogueView;
  onCancel: () => void;
  onCreated: () => void;
}) {
  const api = useApi();
  const ids = useId();
  const { run, error, setError, busy } = useCall();
  const [sessions, setSessions] = useState<readonly SessionView[]>([]);
  const [transfers, setTransfers] = useState<readonly TransferView[]>([]);
  const [fields, setFields] = useState({
    description: '',
    socialActor: '',
    observedOn: '',
    place: '',
    contribution: '',
    significance: '',
    verifierRole: '',
    evidence: '',
  });
  const [substantiation, setSubstantiation] = useState<Substantiation>('not-yet');
  const [sessionIds, setSessionIds] = useState<readonly string[]>([]);
  const [transferIds, setTransferIds] = useState<readonly string[]>([]);
  const [clauseIds, setClauseIds] = useState<readonly string[]>([]);
  const drafts = useDialogueClauses(dialogue.id);

  useEffect(() => {
    let current = true;
    void Promise.all([
      attempt(() => api.session.list({ dialogueId: dialogue.id })),
      attempt(() => api.transfer.list({ dialogueId: dialogue.id })),
    ]).then(([s, t]) => {
      if (!current) return;
      if (s.ok) setSessions(s.value);
      if (t.ok) setTransfers(t.value);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id]);

  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((all) => ({ ...all, [key]: event.target.value }));
  const toggle = (list: readonly string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await run(() =>
      api.outcome.create({
        dialogueId: dialogue.id,
        ...fields,
        observedOn: fields.observedOn || null,
        substantiation,
        sessionIds: [...sessionIds],
        clauseIds: [...clauseIds],
        transferIds: [...transferIds],
      }),
    );
    if (created) onCreated();
  }

  const text = (key: keyof typeof fields, label: string, help?: string, wide = false, required = false) => (
    <label className={['field', wide ? 'entry-form__wide' : ''].filter(Boolean).join(' ')}>
      <span className="field__label">{label}</span>
      {help && <span className="field__description">{help}</span>}
      <input className="control" dir="auto" required={required} value={fields[key]} onChange={set(key)} />
    </label>
  );

  return (
    <form className="entry-form" aria-labelledby={`${ids}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${ids}-title`} className="entry-form__title">
        {m.outcomes.add}
      </h3>
      <div className="entry-form__grid">
        <label className="field entry-form__wide">
          <span className="field__label">{m.outcomes.description}</span>
          <span className="field__description">{m.outcomes.descriptionHelp}</span>
          <textarea
            className="control"
            dir="auto"
            rows={2}
            required
            value={fields.description}
            onChange={set('description')}
          />
        </label>
        {text('socialActor', m.outcomes.actor, m.outcomes.actorHelp, false, true)}
        <label className="field">
          <span className="field__label">{m.outcomes.when}</span>
          <input type="date" className="control" value={fields.observedOn} onChange={set('observedOn')} />
        </label>
        {text('place', m.outcomes.where)}
        {text('contribution', m.outcomes.contribution, undefined, true)}
        {text('significance', m.outcomes.significance, undefined, true)}
        {text('verifierRole', m.outcomes.verifier)}
        <label className="field">
          <span className="field__label">{m.outcomes.substantiation}</span>
          <select
            className="control"
            value={substantiation}
            onChange={(e) => setSubstantiation(e.target.value as Substantiation)}
          >
            {SUBSTANTIATIONS.map((value) => (
              <option key={value} value={value}>
                {SUBSTANTIATION_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        {text('evidence', m.outcomes.evidence, undefined, true)}
        {sessions.length > 0 && (
          <fieldset className="entry-form__owner entry-form__wide">
            <legend className="field__label">{m.outcomes.sessions}</legend>
            {sessions.map((session) => (
              <label key={session.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={sessionIds.includes(session.id)}
                  onChange={() => setSessionIds((list) => toggle(list, session.id))}
                />
                {m.outcomes.session(session.number)}
              </label>
            ))}
          </fieldset>
        )}
        {drafts.some((draft) => draft.clauses.length > 0) && (
          <label className="field entry-form__wide">
            <span className="field__label">{m.outcomes.clauses}</span>
            <select
              multiple
              className="control entry-form__multi"
              value={[...clauseIds]}
              onChange={(event) => setClauseIds([...event.target.selectedOptions].map((option) => option.value))}
            >
              {drafts.map((draft) => (
                <optgroup key={draft.id} label={draft.title}>
                  {draft.clauses.map((clause) => (
                    <option key={clause.id} value={clause.id}>
                      {clause.number} — {clauseGist(clause.text)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        )}
        {transfers.length > 0 && (
          <fieldset className="entry-form__owner entry-form__wide">
            <legend className="field__label">{m.outcomes.transfers}</legend>
            {transfers.map((transfer) => (
              <label key={transfer.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={transferIds.includes(transfer.id)}
                  onChange={() => setTransferIds((list) => toggle(list, transfer.id))}
                />
                <bdi>{transfer.ideaLabel}</bdi>
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <div className="entry-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {m.outcomes.create}
        </Button>
        <Button onClick={onCancel}>{m.outcomes.cancel}</Button>
      </div>
    </form>
  );
}
