import { useCallback, useEffect, useState } from 'react';
import type { DialogueView, SessionView, TransferView } from '../../shared/contract';
import { SUBSTANTIATIONS, SUBSTANTIATION_LABELS, type Substantiation } from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { useCall } from '../ui/useCall';
import { ChoiceChecks, ChoiceSelect, DeleteButton, EntriesSection, EntryField, EntryForm, useEntries } from './Entries';
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
  const load = useCallback(() => api.outcome.list({ dialogueId: dialogue.id }), [api, dialogue.id]);
  const { list, reload, remove, call } = useEntries(load);
  const [adding, setAdding] = useState(false);

  return (
    <EntriesSection
      className="outcomes"
      title={m.outcomes.heading}
      intro={m.outcomes.intro}
      addLabel={m.outcomes.add}
      none={m.outcomes.none}
      list={list}
      onAdd={() => setAdding(true)}
      call={call}
      form={
        adding && (
          <OutcomeForm
            dialogue={dialogue}
            onCancel={() => setAdding(false)}
            onCreated={() => {
              setAdding(false);
              reload();
              onChanged?.();
            }}
          />
        )
      }
    >
      <ul className="outcomes__list">
        {(list ?? []).map((outcome) => (
          <li key={outcome.id} className="outcome-card">
            <div className="outcome-card__head">
              <p className="outcome-card__what" dir="auto">
                {outcome.description}
              </p>
              <DeleteButton
                label={m.outcomes.deleteLabel(outcome.description)}
                onClick={async () => {
                  if (await remove(outcome.id, () => api.outcome.delete({ id: outcome.id }))) onChanged?.();
                }}
              />
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
    </EntriesSection>
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
  const call = useCall();
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

  async function submit() {
    const created = await call.run(() =>
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
    <EntryField label={label} help={help} wide={wide}>
      <input className="control" dir="auto" required={required} value={fields[key]} onChange={set(key)} />
    </EntryField>
  );

  return (
    <EntryForm
      title={m.outcomes.add}
      submitLabel={m.outcomes.create}
      cancelLabel={m.outcomes.cancel}
      call={call}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <EntryField label={m.outcomes.description} help={m.outcomes.descriptionHelp} wide>
        <textarea
          className="control"
          dir="auto"
          rows={2}
          required
          value={fields.description}
          onChange={set('description')}
        />
      </EntryField>
      {text('socialActor', m.outcomes.actor, m.outcomes.actorHelp, false, true)}
      <EntryField label={m.outcomes.when}>
        <input type="date" className="control" value={fields.observedOn} onChange={set('observedOn')} />
      </EntryField>
      {text('place', m.outcomes.where)}
      {text('contribution', m.outcomes.contribution, undefined, true)}
      {text('significance', m.outcomes.significance, undefined, true)}
      {text('verifierRole', m.outcomes.verifier)}
      <EntryField label={m.outcomes.substantiation}>
        <ChoiceSelect
          values={SUBSTANTIATIONS}
          labels={SUBSTANTIATION_LABELS}
          value={substantiation}
          onChange={setSubstantiation}
        />
      </EntryField>
      {text('evidence', m.outcomes.evidence, undefined, true)}
      <ChoiceChecks legend={m.outcomes.sessions} items={sessions} chosen={sessionIds} onChange={setSessionIds}>
        {(session) => m.outcomes.session(session.number)}
      </ChoiceChecks>
      {drafts.some((draft) => draft.clauses.length > 0) && (
        <EntryField label={m.outcomes.clauses} wide>
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
        </EntryField>
      )}
      <ChoiceChecks legend={m.outcomes.transfers} items={transfers} chosen={transferIds} onChange={setTransferIds}>
        {(transfer) => <bdi>{transfer.ideaLabel}</bdi>}
      </ChoiceChecks>
    </EntryForm>
  );
}
