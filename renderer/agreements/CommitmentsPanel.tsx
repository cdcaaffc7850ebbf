import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ClauseView, CommitmentView, DraftView, OwnerView } from '../../shared/contract';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_STATUS_LABELS,
  type CommitmentOwnerKind,
  type CommitmentStatus,
} from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { useSpeakers } from '../notes/useSpeakers';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TableBox } from '../ui/TableBox';
import { m } from './messages';

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
  const { run, error, setError } = useCall();
  const [list, setList] = useState<readonly CommitmentView[] | null>(null);
  const [adding, setAdding] = useState<string | null | false>(fromClause ?? false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void attempt(() => api.commitment.list({ draftId: draft.id })).then((result) => {
      if (!current) return;
      if (result.ok) setList(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, draft.id, reloads, setError]);

  const update = async (id: string, fields: { status?: CommitmentStatus; evidence?: string }) => {
    const view = await run(() => api.commitment.update({ id, ...fields }));
    if (view) setList((all) => (all ?? []).map((c) => (c.id === id ? view : c)));
  };

  return (
    <section className="commitments" aria-label={m.commitments.heading}>
      <div className="sx-header">
        <h2 className="sx-panel-title">{m.commitments.heading}</h2>
        {adding === false && (
          <Button icon={<Plus size={15} aria-hidden="true" />} onClick={() => setAdding(null)}>
            {m.commitments.add}
          </Button>
        )}
      </div>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {adding !== false && (
        <CommitmentForm
          draft={draft}
          clauses={clauses}
          clauseId={adding}
          today={today}
          onCancel={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            setReloads((n) => n + 1);
          }}
        />
      )}
      {list !== null && list.length === 0 && adding === false && <p className="muted">{m.commitments.none}</p>}
      {list !== null && list.length > 0 && (
        <TableBox label={m.commitments.heading}>
          <table className="table commitments-table">
            <thead>
              <tr>
                <th scope="col">{m.commitments.columns.due}</th>
                <th scope="col">{m.commitments.columns.state}</th>
                <th scope="col">{m.commitments.columns.clause}</th>
                <th scope="col">{m.commitments.columns.owner}</th>
                <th scope="col">{m.commitments.columns.what}</th>
                <th scope="col">{m.commitments.columns.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.commitments.delete}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((commitment) => (
                <tr key={commitment.id}>
                  <td className="nowrap">
                    <time dateTime={commitment.dueOn}>{formatDay(commitment.dueOn)}</time>
                  </td>
                  <td className="nowrap">
                    <span className={`due-state due-state--${commitment.dueState}`}>
                      {m.commitments.states[commitment.dueState]}
                    </span>{' '}
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
                    <select
                      className="control"
                      aria-label={m.commitments.statusOf(commitment.description)}
                      value={commitment.status}
                      onChange={(event) =>
                        void update(commitment.id, { status: event.target.value as CommitmentStatus })
                      }
                    >
                      {COMMITMENT_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {COMMITMENT_STATUS_LABELS[status]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={m.commitments.deleteLabel(commitment.description)}
                      onClick={async () => {
                        const done = await run(() => api.commitment.delete({ id: commitment.id }));
                        if (done) setList((all) => (all ?? []).filter((c) => c.id !== commitment.id));
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
  const { run, error, setError, busy } = useCall();
  const [clause, setClause] = useState(clauseId ?? '');
  const [description, setDescription] = useState('');
  const [ownerKind, setOwnerKind] = useState<CommitmentOwnerKind>('party');
  const [partyId, setPartyId] = useState(draft.sides[0]?.id ?? '');
  const [role, setRole] = useState('');
  const [participantId, setParticipantId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [status, setStatus] = useState<CommitmentStatus>('pending');
  const [evidence, setEvidence] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const owner =
      ownerKind === 'party'
        ? ({ kind: 'party', partyId } as const)
        : ownerKind === 'role'
          ? ({ kind: 'role', role, partyId: partyId || null } as const)
          : ({ kind: 'participant', participantId: participantId || (speakers[0]?.id ?? '') } as const);
    const created = await run(() =>
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

  return (
    <form className="entry-form" aria-labelledby={`${ids}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${ids}-title`} className="entry-form__title">
        {m.commitments.add}
      </h3>
      <div className="entry-form__grid">
        <label className="field">
          <span className="field__label">{m.commitments.clause}</span>
          <select className="control" value={clause} onChange={(event) => setClause(event.target.value)}>
            <option value="">{m.commitments.noClause}</option>
            {clauses.map((c) => (
              <option key={c.id} value={c.id}>
                {c.number} — {c.text.length > 50 ? `${c.text.slice(0, 49)}…` : c.text}
              </option>
            ))}
          </select>
        </label>
        <label className="field entry-form__wide">
          <span className="field__label">{m.commitments.description}</span>
          <span className="field__description">{m.commitments.descriptionHelp}</span>
          <input
            className="control"
            dir="auto"
            required
            autoFocus
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <fieldset className="entry-form__owner">
          <legend className="field__label">{m.commitments.owner}</legend>
          {(['party', 'role', 'participant'] as const).map((kind) => (
            <label key={kind} className="checkbox">
              <input
                type="radio"
                name={`${ids}-owner`}
                checked={ownerKind === kind}
                onChange={() => setOwnerKind(kind)}
              />
              {m.commitments.ownerKinds[kind]}
            </label>
          ))}
        </fieldset>
        {ownerKind === 'role' && (
          <label className="field">
            <span className="field__label">{m.commitments.role}</span>
            <span className="field__description">{m.commitments.roleHelp}</span>
            <input
              className="control"
              dir="auto"
              required
              value={role}
              onChange={(event) => setRole(event.target.value)}
            />
          </label>
        )}
        {ownerKind !== 'participant' && (
          <label className="field">
            <span className="field__label">{ownerKind === 'role' ? m.commitments.roleSide : m.commitments.side}</span>
            <select className="control" value={partyId} onChange={(event) => setPartyId(event.target.value)}>
              {ownerKind === 'role' && <option value="">{m.commitments.noSide}</option>}
              {draft.sides.map((side) => (
                <option key={side.id} value={side.id}>
                  {side.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {ownerKind === 'participant' && (
          <label className="field">
            <span className="field__label">{m.commitments.participant}</span>
            <select
              className="control"
              value={participantId}
              onChange={(event) => setParticipantId(event.target.value)}
            >
              {speakers.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speaker.code}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field__label">{m.commitments.due}</span>
          <input
            type="date"
            className="control"
            required
            value={dueOn}
            aria-describedby={dueOn && dueOn < today ? `${ids}-past` : undefined}
            onChange={(event) => setDueOn(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{m.commitments.status}</span>
          <select
            className="control"
            value={status}
            onChange={(event) => setStatus(event.target.value as CommitmentStatus)}
          >
            {COMMITMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {COMMITMENT_STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field entry-form__wide">
          <span className="field__label">{m.commitments.evidence}</span>
          <span className="field__description">{m.commitments.evidenceHelp}</span>
          <input
            className="control"
            dir="auto"
            value={evidence}
            onChange={(event) => setEvidence(event.target.value)}
          />
        </label>
      </div>
      {dueOn && dueOn < today && (
        <p id={`${ids}-past`} className="callout callout--warning" role="status">
          {m.commitments.pastDue}
        </p>
      )}
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <div className="entry-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {m.commitments.create}
        </Button>
        <Button onClick={onCancel}>{m.commitments.cancel}</Button>
      </div>
    </form>
  );
}
