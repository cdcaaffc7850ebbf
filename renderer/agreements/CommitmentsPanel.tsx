import { useCallback, useId, useState } from 'react';
import type { ClauseView, DraftView, OwnerView } from '../../shared/contract';
import {
  COMMITMENT_OWNER_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STATUS_LABELS,
  type CommitmentOwnerKind,
  type CommitmentStatus,
} from '../../shared/domain/agreement';
import { useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { useSpeakers } from '../notes/useSpeakers';
import { useCall } from '../ui/useCall';
import { RecordTable } from '../ui/TableBox';
import { ChoiceRadios, ChoiceSelect, DeleteButton, EntriesSection, EntryField, EntryForm, useEntries } from './Entries';
import { m } from './messages';
import { DueStateBadge } from './DueStateBadge';

export interface CommitmentsPanelProps {
  readonly draft: DraftView;
  readonly clauses: readonly ClauseView[];
  /** Opens the form for a commitment from this clause (asked for from the text). */
  readonly fromClause: string | null;
  /** Today on this laptop, YYYY-MM-DD (tests pass their own). */
  readonly today: string;
}

/** An owner as the screen names it: a side, a role (of a side), a speaker code. Never a name. */
export function ownerText(owner: OwnerView): string {
  if (owner.kind === 'party') return owner.partyName ?? m.commitments.removedSide;
  if (owner.kind === 'role') return owner.partyName ? `${owner.role} (${owner.partyName})` : owner.role;
  if (owner.withdrawn) return m.commitments.withdrawn;
  return owner.speakerCode ?? m.commitments.withdrawn;
}

/**
 * The commitments a draft's clauses call for: who owes what by when, and where each stands
 * against today (due soon, overdue, lapsed, done) — in words, with colour as a second cue.
 */
export function CommitmentsPanel({ draft, clauses, fromClause, today }: CommitmentsPanelProps) {
  const api = useApi();
  const load = useCallback(() => api.commitment.list({ draftId: draft.id }), [api, draft.id]);
  const { list, reload, replace, remove, call } = useEntries(load);
  const [adding, setAdding] = useState<string | null | false>(fromClause ?? false);

  const update = async (id: string, fields: { status?: CommitmentStatus; evidence?: string }) => {
    const view = await call.run(() => api.commitment.update({ id, ...fields }));
    if (view) replace(view);
  };

  return (
    <EntriesSection
      className="commitments"
      title={m.commitments.heading}
      addLabel={m.commitments.add}
      none={m.commitments.none}
      list={list}
      onAdd={() => setAdding(null)}
      call={call}
      form={
        adding !== false && (
          <CommitmentForm
            draft={draft}
            clauses={clauses}
            clauseId={adding}
            today={today}
            onCancel={() => setAdding(false)}
            onCreated={() => {
              setAdding(false);
              reload();
            }}
          />
        )
      }
    >
      <RecordTable
        label={m.commitments.heading}
        className="table commitments-table"
        columns={[
          m.commitments.columns.due,
          m.commitments.columns.state,
          m.commitments.columns.clause,
          m.commitments.columns.owner,
          m.commitments.columns.what,
          m.commitments.columns.status,
        ]}
        actions={m.commitments.delete}
      >
        {(list ?? []).map((commitment) => (
          <tr key={commitment.id}>
            <td className="nowrap">
              <time dateTime={commitment.dueOn}>{formatDay(commitment.dueOn)}</time>
            </td>
            <td className="nowrap">
              <DueStateBadge state={commitment.dueState} />{' '}
              <span className="muted">
                {commitment.dueState === 'done' ? '' : m.commitments.days(commitment.daysLeft)}
              </span>
            </td>
            <td>{commitment.clauseNumber ?? (commitment.clauseId ? '' : '—')}</td>
            <td dir="auto">{ownerText(commitment.owner)}</td>
            <td>
              <span dir="auto">{commitment.description}</span>
              <input
                className="control commitments-table__evidence"
                dir="auto"
                aria-label={`${m.commitments.evidence}: ${commitment.description}`}
                placeholder={m.commitments.evidence}
                defaultValue={commitment.evidence}
                onBlur={(event) =>
                  event.target.value !== commitment.evidence &&
                  void update(commitment.id, { evidence: event.target.value })
                }
              />
            </td>
            <td>
              <ChoiceSelect
                aria-label={m.commitments.statusOf(commitment.description)}
                values={COMMITMENT_STATUSES}
                labels={COMMITMENT_STATUS_LABELS}
                value={commitment.status}
                onChange={(status) => void update(commitment.id, { status })}
              />
            </td>
            <td>
              <DeleteButton
                label={m.commitments.deleteLabel(commitment.description)}
                onClick={() => void remove(commitment.id, () => api.commitment.delete({ id: commitment.id }))}
              />
            </td>
          </tr>
        ))}
      </RecordTable>
    </EntriesSection>
  );
}

function CommitmentForm({
  draft,
  clauses,
  clauseId,
  today,
  onCancel,
  onCreated,
}: {
  draft: DraftView;
  clauses: readonly ClauseView[];
  clauseId: string | null;
  today: string;
  onCancel: () => void;
  onCreated: () => void;
}) {
  const api = useApi();
  const ids = useId();
  const speakers = useSpeakers(draft.dialogueId);
  const call = useCall();
  const [clause, setClause] = useState(clauseId ?? '');
  const [description, setDescription] = useState('');
  const [ownerKind, setOwnerKind] = useState<CommitmentOwnerKind>('party');
  const [partyId, setPartyId] = useState(draft.sides[0]?.id ?? '');
  const [role, setRole] = useState('');
  const [participantId, setParticipantId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [status, setStatus] = useState<CommitmentStatus>('pending');
  const [evidence, setEvidence] = useState('');

  async function submit() {
    const owner =
      ownerKind === 'party'
        ? ({ kind: 'party', partyId } as const)
        : ownerKind === 'role'
          ? ({ kind: 'role', role, partyId: partyId || null } as const)
          : ({ kind: 'participant', participantId: participantId || (speakers[0]?.id ?? '') } as const);
    const created = await call.run(() =>
      api.commitment.create({
        draftId: draft.id,
        clauseId: clause || null,
        description,
        owner,
        dueOn,
        status,
        evidence,
      }),
    );
    if (created) onCreated();
  }

  const past = dueOn !== '' && dueOn < today;
  return (
    <EntryForm
      title={m.commitments.add}
      submitLabel={m.commitments.create}
      cancelLabel={m.commitments.cancel}
      call={call}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      notice={
        past && (
          <p id={`${ids}-past`} className="callout callout--warning" role="status">
            {m.commitments.pastDue}
          </p>
        )
      }
    >
      <EntryField label={m.commitments.clause}>
        <select className="control" value={clause} onChange={(event) => setClause(event.target.value)}>
          <option value="">{m.commitments.noClause}</option>
          {clauses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.number} — {c.text.length > 50 ? `${c.text.slice(0, 49)}…` : c.text}
            </option>
          ))}
        </select>
      </EntryField>
      <EntryField label={m.commitments.description} help={m.commitments.descriptionHelp} wide>
        <input
          className="control"
          dir="auto"
          required
          autoFocus
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </EntryField>
      <ChoiceRadios
        legend={m.commitments.owner}
        values={COMMITMENT_OWNER_KINDS}
        labels={m.commitments.ownerKinds}
        value={ownerKind}
        onChange={setOwnerKind}
      />
      {ownerKind === 'role' && (
        <EntryField label={m.commitments.role} help={m.commitments.roleHelp}>
          <input
            className="control"
            dir="auto"
            required
            value={role}
            onChange={(event) => setRole(event.target.value)}
          />
        </EntryField>
      )}
      {ownerKind !== 'participant' && (
        <EntryField label={ownerKind === 'role' ? m.commitments.roleSide : m.commitments.side}>
          <select className="control" value={partyId} onChange={(event) => setPartyId(event.target.value)}>
            {ownerKind === 'role' && <option value="">{m.commitments.noSide}</option>}
            {draft.sides.map((side) => (
              <option key={side.id} value={side.id}>
                {side.name}
              </option>
            ))}
          </select>
        </EntryField>
      )}
      {ownerKind === 'participant' && (
        <EntryField label={m.commitments.participant}>
          <select className="control" value={participantId} onChange={(event) => setParticipantId(event.target.value)}>
            {speakers.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speaker.code}
              </option>
            ))}
          </select>
        </EntryField>
      )}
      <EntryField label={m.commitments.due}>
        <input
          type="date"
          className="control"
          required
          value={dueOn}
          aria-describedby={past ? `${ids}-past` : undefined}
          onChange={(event) => setDueOn(event.target.value)}
        />
      </EntryField>
      <EntryField label={m.commitments.status}>
        <ChoiceSelect
          values={COMMITMENT_STATUSES}
          labels={COMMITMENT_STATUS_LABELS}
          value={status}
          onChange={setStatus}
        />
      </EntryField>
      <EntryField label={m.commitments.evidence} help={m.commitments.evidenceHelp} wide>
        <input className="control" dir="auto" value={evidence} onChange={(event) => setEvidence(event.target.value)} />
      </EntryField>
    </EntryForm>
  );
}
