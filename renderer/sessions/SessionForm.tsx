import { useState, type FormEvent } from 'react';
import type { DialogueView, SessionView, VenueView } from '../../shared/contract';
import { REGIMES, REGIME_LABELS, type Regime } from '../../shared/domain/session';
import { isTimeZone, laptopTimeZone } from '../../shared/time/zone';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { fieldErrorsOf } from '../ui/issues';
import { ShortcutHint } from '../ui/Kbd';
import { closeOnEscape } from '../ui/keyboard';
import { PageHeader } from '../ui/Page';
import { useCall } from '../ui/useCall';
import { twoClocks } from './format';
import { TimeZoneField } from './TimeZoneField';
import { VenueForm } from './VenueForm';

export interface SessionFormProps {
  readonly dialogue: DialogueView;
  readonly venues: readonly VenueView[];
  readonly session?: SessionView | undefined;
  readonly onVenueSaved: (venue: VenueView) => void;
  readonly onSaved: (session: SessionView) => void;
  readonly onCancel: () => void;
}

const REGIME_OPTIONS = REGIMES.map((value) => ({ value, label: REGIME_LABELS[value] }));

interface Draft {
  number: string;
  title: string;
  venueId: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  dailyStartTime: string;
  dailyEndTime: string;
  regime: Regime;
  objectives: string;
  outcomeSummary: string;
  aftercareOn: string;
}

function draftOf(session: SessionView | undefined): Draft {
  return {
    number: session ? String(session.number) : '',
    title: session?.title ?? '',
    venueId: session?.venue?.id ?? '',
    timeZone: session?.timeZone ?? '',
    startsAt: session?.startsLocal ?? '',
    endsAt: session?.endsLocal ?? '',
    dailyStartTime: session?.dailyStartTime ?? '09:00',
    dailyEndTime: session?.dailyEndTime ?? '18:00',
    regime: session?.regime ?? 'chatham-house',
    objectives: session?.objectives ?? '',
    outcomeSummary: session?.outcomeSummary ?? '',
    aftercareOn: session?.aftercareOn ?? '',
  };
}

/**
 * A session's details. Times are typed as the venue's clocks will show them; under each, the
 * same moment on the venue's clock and on this laptop's, so a facilitator planning from home sees
 * both and never converts by hand.
 */
export function SessionForm({ dialogue, venues, session, onVenueSaved, onSaved, onCancel }: SessionFormProps) {
  const api = useApi();
  const { run, error, busy } = useCall();
  const [draft, setDraft] = useState<Draft>(() => draftOf(session));
  const [venueForm, setVenueForm] = useState<'new' | 'edit' | null>(null);
  const errors = fieldErrorsOf(error);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const venue = venues.find((v) => v.id === draft.venueId);
  const zone = draft.timeZone || venue?.timeZone || '';
  const venueOptions = [
    { value: '', label: 'No venue yet' },
    ...venues.map((v) => ({ value: v.id, label: [v.name, v.city].filter(Boolean).join(', ') })),
  ];

  function chooseVenue(id: string) {
    const chosen = venues.find((v) => v.id === id);
    // A new venue brings its zone unless the facilitator already chose one deliberately.
    setDraft((d) => ({
      ...d,
      venueId: id,
      timeZone: chosen && (!d.timeZone || !session) ? chosen.timeZone : d.timeZone,
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const number = draft.number.trim() === '' ? undefined : Number(draft.number);
    const fields = {
      title: draft.title,
      startsAt: draft.startsAt,
      endsAt: draft.endsAt,
      venueId: draft.venueId || null,
      regime: draft.regime,
      objectives: draft.objectives,
      outcomeSummary: draft.outcomeSummary,
      aftercareOn: draft.aftercareOn || null,
      dailyStartTime: draft.dailyStartTime,
      dailyEndTime: draft.dailyEndTime,
      ...(draft.timeZone ? { timeZone: draft.timeZone } : {}),
      ...(number !== undefined ? { number } : {}),
    };
    const saved = await run(() =>
      session
        ? api.session.update({ id: session.id, ...fields })
        : api.session.create({ dialogueId: dialogue.id, ...fields }),
    );
    if (saved) onSaved(saved);
  }

  const clocks = (local: string) => (isTimeZone(zone) && local ? twoClocks(local, zone) : null);
  const clockNote = (local: string) => {
    const c = clocks(local);
    if (!c) return undefined;
    return (
      <span className="two-clocks">
        <span>At the venue: {c.venue}</span>
        {c.laptop && (
          <span>
            On this laptop ({laptopTimeZone()}): {c.laptop}
          </span>
        )}
        {c.shifted && (
          <span className="sx-warning">That time does not exist there (clocks go forward); it is moved.</span>
        )}
      </span>
    );
  };

  return (
    <div className="session-form-wrap">
      <form
        className="session-form"
        onSubmit={submit}
        onKeyDown={closeOnEscape(onCancel)}
        aria-label={session ? `Edit session ${session.number}` : 'New session'}
      >
        <PageHeader
          title={session ? `Session ${session.number}: details` : 'New session'}
          description={session ? undefined : 'When and where it meets; the agenda comes next.'}
          focusOnMount={false}
        />
        {error && <ErrorBanner title={error.message} />}
        <FieldRow className="session-form__title-row">
          <TextField
            label="Number"
            inputMode="numeric"
            value={draft.number}
            placeholder="next"
            onChange={(e) => set('number')(e.target.value)}
            error={errors.number}
            className="session-form__number"
          />
          <TextField
            label="Title"
            value={draft.title}
            onChange={(e) => set('title')(e.target.value)}
            error={errors.title}
            autoFocus
          />
        </FieldRow>
        <FieldRow min="14rem">
          <SelectField
            label="Venue"
            options={venueOptions}
            value={draft.venueId}
            onValueChange={chooseVenue}
            error={errors.venueId}
          />
          <TimeZoneField
            value={draft.timeZone}
            onChange={set('timeZone')}
            error={errors.timeZone}
            description={venue && !draft.timeZone ? `The venue’s: ${venue.timeZone}` : undefined}
          />
        </FieldRow>
        <div className="sx-inline">
          <Button size="small" variant="quiet" onClick={() => setVenueForm('new')}>
            New venue…
          </Button>
          {venue && (
            <Button size="small" variant="quiet" onClick={() => setVenueForm('edit')}>
              Edit venue…
            </Button>
          )}
        </div>
        <FieldRow min="15rem">
          <TextField
            label="Starts (venue time)"
            type="datetime-local"
            value={draft.startsAt}
            onChange={(e) => set('startsAt')(e.target.value)}
            error={errors.startsAt}
            footnote={clockNote(draft.startsAt)}
            dir="ltr"
          />
          <TextField
            label="Ends (venue time)"
            type="datetime-local"
            value={draft.endsAt}
            onChange={(e) => set('endsAt')(e.target.value)}
            error={errors.endsAt}
            footnote={clockNote(draft.endsAt)}
            dir="ltr"
          />
          <TextField
            label="Each day starts at (except the first)"
            type="time"
            value={draft.dailyStartTime}
            onChange={(e) => set('dailyStartTime')(e.target.value)}
            error={errors.dailyStartTime}
            dir="ltr"
          />
          <TextField
            label="Each day ends at (except the last)"
            type="time"
            value={draft.dailyEndTime}
            onChange={(e) => set('dailyEndTime')(e.target.value)}
            error={errors.dailyEndTime}
            dir="ltr"
          />
        </FieldRow>
        <FieldRow min="15rem">
          <SelectField
            label="Confidentiality"
            description="The session’s rule; an agenda item may set its own."
            options={REGIME_OPTIONS}
            value={draft.regime}
            onValueChange={set('regime')}
          />
          <TextField
            label="After-care check-in"
            type="date"
            value={draft.aftercareOn}
            onChange={(e) => set('aftercareOn')(e.target.value)}
            error={errors.aftercareOn}
            dir="ltr"
          />
        </FieldRow>
        <TextAreaField
          label="Objectives"
          value={draft.objectives}
          onChange={(e) => set('objectives')(e.target.value)}
          error={errors.objectives}
          rows={3}
        />
        <TextAreaField
          label="Outcome summary"
          value={draft.outcomeSummary}
          onChange={(e) => set('outcomeSummary')(e.target.value)}
          error={errors.outcomeSummary}
          rows={3}
        />
        <div className="sx-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {session ? 'Save session' : 'Create session'}
          </Button>
          <Button variant="quiet" onClick={onCancel} aria-keyshortcuts="Escape">
            Cancel <ShortcutHint keyName="Esc" />
          </Button>
        </div>
      </form>
      {venueForm && (
        <VenueForm
          dialogueId={dialogue.id}
          parties={dialogue.parties}
          venue={venueForm === 'edit' ? venue : undefined}
          onCancel={() => setVenueForm(null)}
          onSaved={(saved) => {
            onVenueSaved(saved);
            setVenueForm(null);
            setDraft((d) => ({ ...d, venueId: saved.id, timeZone: d.timeZone || saved.timeZone }));
          }}
        />
      )}
    </div>
  );
}
