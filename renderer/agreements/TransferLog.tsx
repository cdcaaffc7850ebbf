import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DialogueView, OvertonTopicView, TopicView, TransferView } from '../../shared/contract';
import {
  TRANSFER_CHANNELS,
  TRANSFER_CHANNEL_LABELS,
  TRANSFER_IDEA_KINDS,
  TRANSFER_RESPONSES,
  TRANSFER_RESPONSE_LABELS,
  type TransferChannel,
  type TransferIdeaKind,
  type TransferResponse,
} from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { useSpeakers } from '../notes/useSpeakers';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TableBox } from '../ui/TableBox';
import { m } from './messages';
import { clauseGist, useDialogueClauses } from './useDialogueClauses';

export interface TransferLogProps {
  readonly dialogue: DialogueView;
  readonly topics: readonly TopicView[];
  readonly today: string;
  /** After an entry is added or removed (the overview's warnings may change). */
  readonly onChanged?: () => void;
}

const carrierText = (transfer: TransferView) =>
  transfer.carrier.kind === 'facilitation'
    ? m.transfers.facilitation
    : transfer.carrier.withdrawn
      ? m.transfers.withdrawn
      : (transfer.carrier.speakerCode ?? m.transfers.withdrawn);

/** The dialogue's topics that have Overton options, for the option picker. */
function useOptionTopics(dialogueId: string): readonly OvertonTopicView[] {
  const api = useApi();
  const [topics, setTopics] = useState<readonly OvertonTopicView[]>([]);
  useEffect(() => {
    let current = true;
    void attempt(() => api.overton.board({ dialogueId })).then((result) => {
      if (current && result.ok) setTopics(result.value.topics.filter((topic) => topic.options.length > 0));
    });
    return () => {
      current = false;
    };
  }, [api, dialogueId]);
  return topics;
}

/**
 * The transfer log: Track Two's theory of change runs through the ideas carried to officials. Each
 * entry names a Track One role, never a person; who carried it is the facilitation team or a
 * participant's speaker code.
 */
export function TransferLog({ dialogue, topics, today, onChanged }: TransferLogProps) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const [list, setList] = useState<readonly TransferView[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void attempt(() => api.transfer.list({ dialogueId: dialogue.id })).then((result) => {
      if (!current) return;
      if (result.ok) setList(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, reloads, setError]);

  return (
    <section className="transfers" aria-labelledby="transfers-heading">
      <div className="sx-header">
        <div>
          <h2 id="transfers-heading" className="sx-panel-title">
            {m.transfers.heading}
          </h2>
          <p className="muted">{m.transfers.intro}</p>
        </div>
        {!adding && (
          <Button icon={<Plus size={15} aria-hidden="true" />} onClick={() => setAdding(true)}>
            {m.transfers.add}
          </Button>
        )}
      </div>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {adding && (
        <TransferForm
          dialogue={dialogue}
          topics={topics}
          today={today}
          onCancel={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            setReloads((n) => n + 1);
            onChanged?.();
          }}
        />
      )}
      {list !== null && list.length === 0 && !adding && <p className="muted">{m.transfers.none}</p>}
      {list !== null && list.length > 0 && (
        <TableBox label={m.transfers.heading}>
          <table className="table transfers-table">
            <thead>
              <tr>
                <th scope="col">{m.transfers.columns.when}</th>
                <th scope="col">{m.transfers.columns.idea}</th>
                <th scope="col">{m.transfers.columns.to}</th>
                <th scope="col">{m.transfers.columns.by}</th>
                <th scope="col">{m.transfers.columns.channel}</th>
                <th scope="col">{m.transfers.columns.response}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.transfers.delete}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((transfer) => (
                <tr key={transfer.id}>
                  <td className="nowrap">
                    <time dateTime={transfer.carriedOn}>{formatDay(transfer.carriedOn)}</time>
                  </td>
                  <td dir="auto">{transfer.ideaLabel}</td>
                  <td>
                    <span dir="auto">{transfer.trackOneRole}</span>
                    {transfer.roleParty && (
                      <span className="muted">
                        {' '}
                        · <bdi>{transfer.roleParty.name}</bdi>
                      </span>
                    )}
                  </td>
                  <td>{carrierText(transfer)}</td>
                  <td>{TRANSFER_CHANNEL_LABELS[transfer.channel]}</td>
                  <td>
                    <span className={`response response--${transfer.response}`}>
                      {TRANSFER_RESPONSE_LABELS[transfer.response]}
                    </span>
                    {transfer.responseNotes && (
                      <span className="transfers-table__notes" dir="auto">
                        {transfer.responseNotes}
                      </span>
                    )}
                    {(transfer.followUp || transfer.followUpOn) && (
                      <span className="transfers-table__notes" dir="auto">
                        {m.transfers.followUp}: {transfer.followUp}
                        {transfer.followUpOn && ` (${formatDay(transfer.followUpOn)})`}
                      </span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={m.transfers.deleteLabel(transfer.ideaLabel)}
                      onClick={async () => {
                        const done = await run(() => api.transfer.delete({ id: transfer.id }));
                        if (done) {
                          setList((all) => (all ?? []).filter((t) => t.id !== transfer.id));
                          onChanged?.();
                        }
                      }}
                    >
                      <Trash2 size={15} aria-hidden="true" />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </section>
  );
}

function TransferForm({
  dialogue,
  topics,
  today,
  onCancel,
  onCreated,
}: {
  dialogue: DialogueView;
  topics: readonly TopicView[];
  today: string;
  onCancel: () => void;
  onCreated: () => void;
}) {
  const api = useApi();
  const ids = useId();
  const speakers = useSpeakers(dialogue.id);
  const { run, error, setError, busy } = useCall();
  const drafts = useDialogueClauses(dialogue.id);
  const optionTopics = useOptionTopics(dialogue.id);
  const [kind, setKind] = useState<TransferIdeaKind>('clause');
  const [clauseId, setClauseId] = useState('');
  const [topicId, setTopicId] = useState(topics[0]?.id ?? '');
  const [optionId, setOptionId] = useState('');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState('');
  const [rolePartyId, setRolePartyId] = useState('');
  const [carriedOn, setCarriedOn] = useState(today);
  const [carrier, setCarrier] = useState('facilitation');
  const [channel, setChannel] = useState<TransferChannel>('in-person');
  const [response, setResponse] = useState<TransferResponse>('awaiting');
  const [responseNotes, setResponseNotes] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');

  // The first clause until another is chosen.
  const chosenClause = clauseId || (drafts[0]?.clauses[0]?.id ?? '');
  const chosenOption = optionId || (optionTopics[0]?.options[0]?.id ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const idea =
      kind === 'clause'
        ? ({ kind, clauseId: chosenClause } as const)
        : kind === 'topic'
          ? ({ kind, topicId } as const)
          : kind === 'topic-option'
            ? ({ kind, optionId: chosenOption } as const)
            : ({ kind: 'other' } as const);
    const created = await run(() =>
      api.transfer.create({
        dialogueId: dialogue.id,
        idea,
        ...(label.trim() ? { ideaLabel: label } : {}),
        trackOneRole: role,
        rolePartyId: rolePartyId || null,
        carriedOn,
        carrier:
          carrier === 'facilitation' ? { kind: 'facilitation' } : { kind: 'participant', participantId: carrier },
        channel,
        response,
        responseNotes,
        followUp,
        followUpOn: followUpOn || null,
      }),
    );
    if (created) onCreated();
  }

  const sides = dialogue.parties.filter((party) => party.kind === 'side');
  return (
    <form className="entry-form" aria-labelledby={`${ids}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${ids}-title`} className="entry-form__title">
        {m.transfers.add}
      </h3>
      <div className="entry-form__grid">
        <fieldset className="entry-form__owner entry-form__wide">
          <legend className="field__label">{m.transfers.idea}</legend>
          {TRANSFER_IDEA_KINDS.map((value) => (
            <label key={value} className="checkbox">
              <input type="radio" name={`${ids}-kind`} checked={kind === value} onChange={() => setKind(value)} />
              {m.transfers.ideaKinds[value]}
            </label>
          ))}
        </fieldset>
        {kind === 'clause' && (
          <label className="field entry-form__wide">
            <span className="field__label">{m.transfers.clause}</span>
            <select className="control" value={chosenClause} onChange={(event) => setClauseId(event.target.value)}>
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
        {kind === 'topic' && (
          <label className="field">
            <span className="field__label">{m.transfers.topic}</span>
            <select className="control" value={topicId} onChange={(event) => setTopicId(event.target.value)}>
              {topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'topic-option' && (
          <label className="field entry-form__wide">
            <span className="field__label">{m.transfers.option}</span>
            {optionTopics.length === 0 && <span className="field__description">{m.transfers.noOptions}</span>}
            <select className="control" value={chosenOption} onChange={(event) => setOptionId(event.target.value)}>
              {optionTopics.map((topic) => (
                <optgroup key={topic.id} label={topic.title}>
                  {topic.options.map((option) => (
                    <option key={option.id} value={option.id} dir="auto">
                      {option.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        )}
        <label className="field entry-form__wide">
          <span className="field__label">{m.transfers.label}</span>
          {kind !== 'other' && <span className="field__description">{m.transfers.labelHelp}</span>}
          <input
            className="control"
            dir="auto"
            required={kind === 'other'}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.role}</span>
          <span className="field__description">{m.transfers.roleHelp}</span>
          <input
            className="control"
            dir="auto"
            required
            value={role}
            onChange={(event) => setRole(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.roleSide}</span>
          <select className="control" value={rolePartyId} onChange={(event) => setRolePartyId(event.target.value)}>
            <option value="">{m.transfers.noSide}</option>
            {sides.map((side) => (
              <option key={side.id} value={side.id}>
                {side.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.carriedOn}</span>
          <input
            type="date"
            className="control"
            required
            value={carriedOn}
            onChange={(e) => setCarriedOn(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.carrier}</span>
          <select className="control" value={carrier} onChange={(event) => setCarrier(event.target.value)}>
            <option value="facilitation">{m.transfers.facilitation}</option>
            {speakers.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speaker.code}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.channel}</span>
          <select className="control" value={channel} onChange={(e) => setChannel(e.target.value as TransferChannel)}>
            {TRANSFER_CHANNELS.map((value) => (
              <option key={value} value={value}>
                {TRANSFER_CHANNEL_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.response}</span>
          <select
            className="control"
            value={response}
            onChange={(e) => setResponse(e.target.value as TransferResponse)}
          >
            {TRANSFER_RESPONSES.map((value) => (
              <option key={value} value={value}>
                {TRANSFER_RESPONSE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field entry-form__wide">
          <span className="field__label">{m.transfers.responseNotes}</span>
          <textarea
            className="control"
            dir="auto"
            rows={2}
            value={responseNotes}
            onChange={(e) => setResponseNotes(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.followUp}</span>
          <input
            className="control"
            dir="auto"
            value={followUp}
            onChange={(event) => setFollowUp(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.transfers.followUpOn}</span>
          <input type="date" className="control" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} />
        </label>
      </div>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <div className="entry-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {m.transfers.create}
        </Button>
        <Button onClick={onCancel}>{m.transfers.cancel}</Button>
      </div>
    </form>
  );
}
