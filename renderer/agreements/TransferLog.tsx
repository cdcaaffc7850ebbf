import { useCallback, useEffect, useState } from 'react';
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
import { RecordTable } from '../ui/TableBox';
import { ChoiceRadios, ChoiceSelect, DeleteButton, EntriesSection, EntryField, EntryForm, useEntries } from './Entries';
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
  const load = useCallback(() => api.transfer.list({ dialogueId: dialogue.id }), [api, dialogue.id]);
  const { list, reload, remove, call } = useEntries(load);
  const [adding, setAdding] = useState(false);

  return (
    <EntriesSection
      className="transfers"
      title={m.transfers.heading}
      intro={m.transfers.intro}
      addLabel={m.transfers.add}
      none={m.transfers.none}
      list={list}
      onAdd={() => setAdding(true)}
      call={call}
      form={
        adding && (
          <TransferForm
            dialogue={dialogue}
            topics={topics}
            today={today}
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
      <RecordTable
        label={m.transfers.heading}
        className="table transfers-table"
        columns={[
          m.transfers.columns.when,
          m.transfers.columns.idea,
          m.transfers.columns.to,
          m.transfers.columns.by,
          m.transfers.columns.channel,
          m.transfers.columns.response,
        ]}
        actions={m.transfers.delete}
      >
        {(list ?? []).map((transfer) => (
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
              <DeleteButton
                label={m.transfers.deleteLabel(transfer.ideaLabel)}
                onClick={async () => {
                  if (await remove(transfer.id, () => api.transfer.delete({ id: transfer.id }))) onChanged?.();
                }}
              />
            </td>
          </tr>
        ))}
      </RecordTable>
    </EntriesSection>
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
  const speakers = useSpeakers(dialogue.id);
  const call = useCall();
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

  async function submit() {
    const idea =
      kind === 'clause'
        ? ({ kind, clauseId: chosenClause } as const)
        : kind === 'topic'
          ? ({ kind, topicId } as const)
          : kind === 'topic-option'
            ? ({ kind, optionId: chosenOption } as const)
            : ({ kind: 'other' } as const);
    const created = await call.run(() =>
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
    <EntryForm
      title={m.transfers.add}
      submitLabel={m.transfers.create}
      cancelLabel={m.transfers.cancel}
      call={call}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <ChoiceRadios
        legend={m.transfers.idea}
        values={TRANSFER_IDEA_KINDS}
        labels={m.transfers.ideaKinds}
        value={kind}
        onChange={setKind}
        wide
      />
      {kind === 'clause' && (
        <EntryField label={m.transfers.clause} wide>
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
        </EntryField>
      )}
      {kind === 'topic' && (
        <EntryField label={m.transfers.topic}>
          <select className="control" value={topicId} onChange={(event) => setTopicId(event.target.value)}>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.title}
              </option>
            ))}
          </select>
        </EntryField>
      )}
      {kind === 'topic-option' && (
        <EntryField label={m.transfers.option} help={optionTopics.length === 0 && m.transfers.noOptions} wide>
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
        </EntryField>
      )}
      <EntryField label={m.transfers.label} help={kind !== 'other' && m.transfers.labelHelp} wide>
        <input
          className="control"
          dir="auto"
          required={kind === 'other'}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
      </EntryField>
      <EntryField label={m.transfers.role} help={m.transfers.roleHelp}>
        <input className="control" dir="auto" required value={role} onChange={(event) => setRole(event.target.value)} />
      </EntryField>
      <EntryField label={m.transfers.roleSide}>
        <select className="control" value={rolePartyId} onChange={(event) => setRolePartyId(event.target.value)}>
          <option value="">{m.transfers.noSide}</option>
          {sides.map((side) => (
            <option key={side.id} value={side.id}>
              {side.name}
            </option>
          ))}
        </select>
      </EntryField>
      <EntryField label={m.transfers.carriedOn}>
        <input
          type="date"
          className="control"
          required
          value={carriedOn}
          onChange={(e) => setCarriedOn(e.target.value)}
        />
      </EntryField>
      <EntryField label={m.transfers.carrier}>
        <select className="control" value={carrier} onChange={(event) => setCarrier(event.target.value)}>
          <option value="facilitation">{m.transfers.facilitation}</option>
          {speakers.map((speaker) => (
            <option key={speaker.id} value={speaker.id}>
              {speaker.code}
            </option>
          ))}
        </select>
      </EntryField>
      <EntryField label={m.transfers.channel}>
        <ChoiceSelect
          values={TRANSFER_CHANNELS}
          labels={TRANSFER_CHANNEL_LABELS}
          value={channel}
          onChange={setChannel}
        />
      </EntryField>
      <EntryField label={m.transfers.response}>
        <ChoiceSelect
          values={TRANSFER_RESPONSES}
          labels={TRANSFER_RESPONSE_LABELS}
          value={response}
          onChange={setResponse}
        />
      </EntryField>
      <EntryField label={m.transfers.responseNotes} wide>
        <textarea
          className="control"
          dir="auto"
          rows={2}
          value={responseNotes}
          onChange={(e) => setResponseNotes(e.target.value)}
        />
      </EntryField>
      <EntryField label={m.transfers.followUp}>
        <input className="control" dir="auto" value={followUp} onChange={(event) => setFollowUp(event.target.value)} />
      </EntryField>
      <EntryField label={m.transfers.followUpOn}>
        <input type="date" className="control" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} />
      </EntryField>
    </EntryForm>
  );
}
