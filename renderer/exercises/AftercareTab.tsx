import { CalendarClock, Plus } from 'lucide-react';
import { useCallback, useState, type FormEvent } from 'react';
import type { AftercareBoardView, CheckInView, DialogueView } from '../../shared/contract';
import {
  CHECK_IN_CHANNEL_LABELS,
  CHECK_IN_CHANNELS,
  CHECK_IN_STATE_LABELS,
  TRUST_LIMITS,
  type CheckInChannel,
  type CheckInState,
} from '../../shared/domain/trust';
import { useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { RecordTable } from '../ui/TableBox';
import { BoardPending, SessionSelect } from './BoardParts';
import { useBoard } from './hooks';
import { MSG } from './messages';
import { todayOnLaptop } from './today';
import { toneClass, type Tone } from '../ui/tone';

const CHECK_IN_TONES: Record<CheckInState, Tone> = {
  overdue: 'danger',
  due: 'warning',
  upcoming: 'neutral',
  done: 'success',
};

type Editing = { readonly kind: 'new' } | { readonly kind: 'edit'; readonly checkIn: CheckInView } | null;

/**
 * After-care of one dialogue: check-ins with participants after sessions (by speaker code and
 * pseudonym, never by name), soonest first with where each stands today; a form to plan or record
 * one; and one action to plan a check-in for everyone who attended a session.
 */
export function AftercareTab({ dialogue, today }: { dialogue: DialogueView; today?: string | undefined }) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [editing, setEditing] = useState<Editing>(null);
  const [scheduleSession, setScheduleSession] = useState('');
  const [scheduleDue, setScheduleDue] = useState('');
  const [notice, setNotice] = useState('');
  const day = today ?? todayOnLaptop();

  const load = useCallback(() => api.aftercare.board({ dialogueId: dialogue.id, today: day }), [api, dialogue.id, day]);
  const { board, loadError, reload } = useBoard(load);

  if (!board) return <BoardPending loadError={loadError} loading={MSG.loading.aftercare} />;

  const party = new Map(dialogue.parties.map((p) => [p.id, p.name]));
  const markDone = async (checkIn: CheckInView) => {
    const saved = await run(() =>
      api.aftercare.save({
        id: checkIn.id,
        dialogueId: dialogue.id,
        participantId: checkIn.person.participantId,
        sessionId: checkIn.sessionId,
        dueOn: checkIn.dueOn,
        doneOn: day,
        channel: checkIn.channel,
        concern: checkIn.concern,
        followUp: checkIn.followUp,
        today: day,
      }),
    );
    if (saved) reload();
  };
  const schedule = async (event: FormEvent) => {
    event.preventDefault();
    const made = await run(() =>
      api.aftercare.scheduleForSession({
        sessionId: scheduleSession || board.sessions.at(-1)!.id,
        ...(scheduleDue ? { dueOn: scheduleDue } : {}),
        today: day,
      }),
    );
    if (made) {
      setNotice(MSG.aftercare.scheduled(made.length));
      reload();
    }
  };

  return (
    <div className="aftercare-tab">
      <header className="chart-card__header">
        <h2 className="sx-panel-title">{MSG.aftercare.heading}</h2>
        <Button
          variant="primary"
          size="small"
          icon={<Plus size={14} aria-hidden="true" />}
          onClick={() => setEditing({ kind: 'new' })}
        >
          {MSG.aftercare.add}
        </Button>
      </header>
      <p className="muted">{MSG.aftercare.intro}</p>
      <p className="muted" role="status">
        {notice}
      </p>
      {error && !editing && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}

      {editing && (
        <CheckInForm
          board={board}
          dialogue={dialogue}
          today={day}
          checkIn={editing.kind === 'edit' ? editing.checkIn : undefined}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}

      {board.sessions.length > 0 && (
        <form className="aftercare-tab__schedule" onSubmit={(event) => void schedule(event)}>
          <SessionSelect
            label={MSG.aftercare.scheduleSession}
            sessions={board.sessions}
            value={scheduleSession || board.sessions.at(-1)!.id}
            onValueChange={setScheduleSession}
          />
          <TextField
            label={MSG.aftercare.scheduleDue}
            type="date"
            dir="ltr"
            value={scheduleDue}
            onChange={(event) => setScheduleDue(event.target.value)}
          />
          <Button type="submit" size="small" icon={<CalendarClock size={14} aria-hidden="true" />} busy={busy}>
            {MSG.aftercare.schedule}
          </Button>
        </form>
      )}

      {board.checkIns.length === 0 ? (
        <p className="empty">{MSG.aftercare.none}</p>
      ) : (
        <RecordTable
          label={MSG.aftercare.tableCaption}
          className="table aftercare-table"
          caption={MSG.aftercare.tableCaption}
          columns={[
            MSG.aftercare.dueOn,
            MSG.aftercare.person,
            MSG.aftercare.state,
            MSG.aftercare.session,
            MSG.aftercare.channel,
            MSG.aftercare.concern,
          ]}
          actions={MSG.common.actions}
        >
          {board.checkIns.map((checkIn) => (
            <tr key={checkIn.id} className={`check-in check-in--${checkIn.state}`}>
              <td className="nowrap">
                <time dateTime={checkIn.dueOn}>{formatDay(checkIn.dueOn)}</time>
              </td>
              <th scope="row">
                <bdi>{checkIn.person.speakerCode ?? '—'}</bdi>{' '}
                <span className="muted">
                  <bdi>{checkIn.person.pseudonym}</bdi> · <bdi>{party.get(checkIn.person.partyId) ?? ''}</bdi>
                </span>
              </th>
              <td className="nowrap">
                <span className={`state-badge ${toneClass(CHECK_IN_TONES[checkIn.state])}`}>
                  {CHECK_IN_STATE_LABELS[checkIn.state]}
                </span>
                {checkIn.doneOn && <span className="muted"> {formatDay(checkIn.doneOn)}</span>}
              </td>
              <td>{checkIn.sessionNumber === null ? '—' : MSG.common.session(checkIn.sessionNumber)}</td>
              <td>{checkIn.channel ? CHECK_IN_CHANNEL_LABELS[checkIn.channel] : '—'}</td>
              <td dir="auto" className="aftercare-table__concern">
                {checkIn.concern}
              </td>
              <td className="nowrap">
                {checkIn.state !== 'done' && (
                  <Button size="small" variant="quiet" onClick={() => void markDone(checkIn)}>
                    {MSG.aftercare.markDone}
                  </Button>
                )}
                <Button size="small" variant="quiet" onClick={() => setEditing({ kind: 'edit', checkIn })}>
                  {MSG.aftercare.edit}
                </Button>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </div>
  );
}

function CheckInForm({
  board,
  dialogue,
  today,
  checkIn,
  onSaved,
  onCancel,
}: {
  board: AftercareBoardView;
  dialogue: DialogueView;
  today: string;
  checkIn: CheckInView | undefined;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [id] = useState(() => checkIn?.id ?? crypto.randomUUID());
  const [participantId, setParticipantId] = useState(checkIn?.person.participantId ?? '');
  const [sessionId, setSessionId] = useState(checkIn?.sessionId ?? board.sessions.at(-1)?.id ?? '');
  const [dueOn, setDueOn] = useState(checkIn?.dueOn ?? today);
  const [doneOn, setDoneOn] = useState(checkIn?.doneOn ?? '');
  const [channel, setChannel] = useState<CheckInChannel | ''>(checkIn?.channel ?? '');
  const [concern, setConcern] = useState(checkIn?.concern ?? '');
  const [followUp, setFollowUp] = useState(checkIn?.followUp ?? '');
  const errors = fieldErrorsOf(error);
  const party = new Map(dialogue.parties.map((p) => [p.id, p.name]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (participantId === '') {
      setError({
        code: 'INVALID_INPUT',
        message: MSG.errors.choosePerson,
        issues: [{ path: 'participantId', message: MSG.errors.choosePerson }],
      });
      return;
    }
    const saved = await run(() =>
      api.aftercare.save({
        id,
        dialogueId: dialogue.id,
        participantId,
        sessionId: sessionId === '' ? null : sessionId,
        dueOn,
        doneOn: doneOn === '' ? null : doneOn,
        channel: channel === '' ? null : channel,
        concern,
        followUp,
        today,
      }),
    );
    if (saved) onSaved();
  };
  const remove = async () => {
    const deleted = await run(() => api.aftercare.delete({ id }));
    if (deleted) onSaved();
  };

  return (
    <form
      className="check-in-form"
      onSubmit={(event) => void submit(event)}
      aria-label={checkIn ? MSG.aftercare.edit : MSG.aftercare.add}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {error && Object.keys(errors).length === 0 && <ErrorBanner title={error.message} />}
      <div className="sx-grid">
        <SelectField
          label={MSG.aftercare.person}
          options={[
            { value: '', label: MSG.aftercare.choosePerson },
            ...board.people.map((person) => ({
              value: person.participantId,
              label: `${person.speakerCode ?? '—'} · ${person.pseudonym} · ${party.get(person.partyId) ?? ''}`,
            })),
          ]}
          value={participantId}
          onValueChange={setParticipantId}
          error={errors.participantId}
        />
        <SelectField
          label={MSG.aftercare.session}
          options={[
            { value: '', label: MSG.aftercare.noSession },
            ...board.sessions.map((s) => ({ value: s.id, label: MSG.common.session(s.number) })),
          ]}
          value={sessionId}
          onValueChange={setSessionId}
        />
        <TextField
          label={MSG.aftercare.dueOn}
          type="date"
          dir="ltr"
          value={dueOn}
          onChange={(event) => setDueOn(event.target.value)}
          error={errors.dueOn}
        />
        <TextField
          label={MSG.aftercare.doneOn}
          type="date"
          dir="ltr"
          value={doneOn}
          onChange={(event) => setDoneOn(event.target.value)}
          error={errors.doneOn}
        />
        <SelectField
          label={MSG.aftercare.channel}
          options={[
            { value: '' as const, label: MSG.aftercare.noChannel },
            ...CHECK_IN_CHANNELS.map((value) => ({ value, label: CHECK_IN_CHANNEL_LABELS[value] })),
          ]}
          value={channel}
          onValueChange={setChannel}
        />
      </div>
      <div className="sx-grid sx-grid--two">
        <TextAreaField
          label={MSG.aftercare.concern}
          rows={3}
          value={concern}
          maxLength={TRUST_LIMITS.concernChars + 500}
          onChange={(event) => setConcern(event.target.value)}
          error={errors.concern}
          className="exercise-form__short"
        />
        <TextAreaField
          label={MSG.aftercare.followUp}
          rows={3}
          value={followUp}
          onChange={(event) => setFollowUp(event.target.value)}
          error={errors.followUp}
          className="exercise-form__short"
        />
      </div>
      <div className="sx-actions">
        <Button type="submit" variant="primary" size="small" busy={busy}>
          {MSG.aftercare.save}
        </Button>
        <Button variant="quiet" size="small" onClick={onCancel}>
          {MSG.aftercare.cancel}
        </Button>
        {checkIn && (
          <Button variant="quiet" size="small" onClick={() => void remove()}>
            {MSG.aftercare.delete}
          </Button>
        )}
      </div>
    </form>
  );
}
