import type { AgendaItemView, AgendaView, LeadView } from '../../../shared/contract';
import type { DayTiming } from '../../../shared/agenda/timing';
import {
  AGENDA_ITEM_KIND_LABELS,
  REGIME_DESCRIPTIONS,
  REGIME_LABELS,
  type Regime,
} from '../../../shared/domain/session';
import { CHECKLIST_PHASE_LABELS, VOLUNTARY_LINE, type ChecklistPhase } from '../../../shared/domain/exercise';
import { formatMinutes } from '../../../shared/time/duration';
import { formatInZone, offsetLabel } from '../../../shared/time/zone';
import { footerTemplate, renderReportHtml, type Density } from '../report/report-document';

/** An agenda item's library exercise, as the agenda prints it (from its run; no one is named). */
export interface AgendaExercise {
  readonly name: string;
  /** It asks for personal sharing: every copy says taking part is voluntary. */
  readonly personalSharing: boolean;
  /** The run's checklist, printed in the facilitator's copy with what is already ticked. */
  readonly checklist: readonly {
    readonly phase: ChecklistPhase;
    readonly steps: readonly { readonly text: string; readonly done: boolean }[];
  }[];
}

/** Everything an agenda PDF shows; built from the agenda read model, which holds no names. */
export interface AgendaReportData {
  readonly agenda: AgendaView;
  readonly dialogueCodeName: string;
  /** The facilitator's planning notes per item; off for the copy handed to participants. */
  readonly includeItemNotes: boolean;
  /** Exercise runs by agenda item id. */
  readonly exercises?: ReadonlyMap<string, AgendaExercise>;
}

export interface AgendaReport {
  /** The PDF's title: the dialogue's code name and the session number. */
  readonly title: string;
  readonly html: string;
  readonly footerTemplate: string;
}

/** A lead by role or speaker code, never a name (the read model carries none). */
export function leadLabel(lead: LeadView): string {
  if (lead.kind === 'facilitator') return 'Facilitator';
  if (lead.kind === 'participant') return lead.speakerCode ?? 'Participant';
  return '—';
}

const PAUSES = new Set(['meal', 'break']);

function sessionHeading({ number, title }: AgendaView['session']): string {
  return title ? `Session ${number} — ${title}` : `Session ${number}`;
}

/** The UTC offsets the venue's clocks show over the session: one across a clock change shows both. */
function offsets(agenda: AgendaView): string {
  const { timeZone, startsAt, endsAt } = agenda.session;
  const instants = [startsAt, ...agenda.days.map((day) => day.startsAt), endsAt];
  return [...new Set(instants.map((instant) => offsetLabel(instant, timeZone)))].join(' → ');
}

/** A one-day session names its date once: "Thursday 16 May 2024, 09:30–21:00". */
function whenLine({ startsAt, endsAt, timeZone }: AgendaView['session']): string {
  const day = (instant: string) => formatInZone(instant, timeZone, 'EEEE d MMMM yyyy');
  const time = (instant: string) => formatInZone(instant, timeZone, 'HH:mm');
  if (day(startsAt) === day(endsAt)) return `${day(startsAt)}, ${time(startsAt)}–${time(endsAt)}`;
  return `${day(startsAt)}, ${time(startsAt)} – ${day(endsAt)}, ${time(endsAt)}`;
}

function venueLine(venue: AgendaView['session']['venue']): string {
  if (!venue) return 'To be confirmed';
  return [venue.name, venue.city, venue.country].filter((part) => part.trim() !== '').join(', ');
}

/** The exercise under its item: the voluntary line where it asks for sharing; the checklist for the facilitator. */
function ExerciseDetail({ exercise, includeChecklist }: { exercise: AgendaExercise; includeChecklist: boolean }) {
  return (
    <>
      {exercise.personalSharing && <div className="voluntary">{VOLUNTARY_LINE}</div>}
      {includeChecklist && (
        <div className="checklist">
          <div className="checklist-name">
            Checklist: <bdi>{exercise.name}</bdi>
          </div>
          {exercise.checklist
            .filter((part) => part.steps.length > 0)
            .map((part) => (
              <div key={part.phase} className="checklist-part">
                <div className="checklist-phase">{CHECKLIST_PHASE_LABELS[part.phase]}</div>
                <ul>
                  {part.steps.map((step, index) => (
                    <li key={index} className={step.done ? 'done' : undefined}>
                      <span className="box" aria-hidden="true" />
                      <span className="user-text" dir="auto">
                        {step.text}
                      </span>
                      {step.done && <span className="ticked"> (done)</span>}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </div>
      )}
    </>
  );
}

function ItemRow({
  item,
  zone,
  sessionRegime,
  includeNotes,
  exercise,
}: {
  item: AgendaItemView;
  zone: string;
  sessionRegime: Regime;
  includeNotes: boolean;
  exercise: AgendaExercise | undefined;
}) {
  const ran = item.actualStart
    ? `${formatInZone(item.actualStart, zone, 'HH:mm')}–${item.actualEnd ? formatInZone(item.actualEnd, zone, 'HH:mm') : '…'}`
    : null;
  return (
    <tr className={PAUSES.has(item.kind) ? 'pause' : undefined}>
      <td className="time">
        {item.localStart}–{item.localEnd}
      </td>
      <td>
        <span className="kind">{AGENDA_ITEM_KIND_LABELS[item.kind]}</span>
        <span className="item-title user-text" dir="auto">
          {item.title}
        </span>
        {item.kind === 'caucus' && item.caucusParty && (
          <div className="detail">
            With <bdi>{item.caucusParty.name}</bdi> only
          </div>
        )}
        {item.topics.length > 0 && (
          <div className="detail">
            Topics:{' '}
            {item.topics.map((topic, index) => (
              <span key={topic.id}>
                {index > 0 && ', '}
                <bdi>{topic.title}</bdi>
              </span>
            ))}
          </div>
        )}
        {item.effectiveRegime !== sessionRegime && <div className="regime">{REGIME_LABELS[item.effectiveRegime]}</div>}
        {includeNotes && item.notes.trim() !== '' && (
          <div className="detail user-text" dir="auto">
            {item.notes}
          </div>
        )}
        {includeNotes && ran && <div className="actual">Ran {ran}</div>}
        {exercise && <ExerciseDetail exercise={exercise} includeChecklist={includeNotes} />}
      </td>
      <td className="lead">{leadLabel(item.lead)}</td>
      <td className="minutes">{formatMinutes(item.plannedMinutes + item.extraMinutes)}</td>
    </tr>
  );
}

function DayHeading({ agenda, day }: { agenda: AgendaView; day: DayTiming }) {
  const zone = agenda.session.timeZone;
  return (
    <div className="day-heading">
      <h2>
        Day {day.day + 1} · {formatInZone(day.startsAt, zone, 'EEEE d MMMM yyyy')}
      </h2>
      <span className="span">
        {formatInZone(day.startsAt, zone, 'HH:mm')}–{formatInZone(day.endsAt, zone, 'HH:mm')}
      </span>
    </div>
  );
}

function DaySection({
  agenda,
  day,
  includeNotes,
  exercises,
}: {
  agenda: AgendaView;
  day: DayTiming;
  includeNotes: boolean;
  exercises: ReadonlyMap<string, AgendaExercise> | undefined;
}) {
  const zone = agenda.session.timeZone;
  const items = agenda.items.filter((item) => item.day === day.day);
  return (
    <section className="day">
      {items.length === 0 ? (
        <>
          <DayHeading agenda={agenda} day={day} />
          <p className="empty">Nothing planned for this day yet.</p>
        </>
      ) : (
        <table>
          {/* Chromium repeats a table's head on every page it spans: the day is named there too. */}
          <thead>
            <tr>
              <th colSpan={4} className="day-cell">
                <DayHeading agenda={agenda} day={day} />
              </th>
            </tr>
            <tr>
              <th>Time</th>
              <th>Item</th>
              <th>Lead</th>
              <th className="minutes">Length</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                zone={zone}
                sessionRegime={agenda.session.regime}
                includeNotes={includeNotes}
                exercise={exercises?.get(item.id)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * The agenda of one session as a printable document: the session's facts, then one table per day
 * with times on the venue's clocks, each item's kind, title, topics, own ground rule where it differs,
 * lead (by role or speaker code) and length. A pure function of its input.
 */
export function agendaReport(
  { agenda, dialogueCodeName, includeItemNotes, exercises }: AgendaReportData,
  fontCss: string,
  density: Density = 'normal',
): AgendaReport {
  const { session } = agenda;
  const zone = session.timeZone;
  const title = `${dialogueCodeName} — Session ${session.number} agenda`;
  const html = renderReportHtml({
    title,
    fontCss,
    density,
    children: (
      <>
        <header className="report-header">
          <p className="eyebrow">
            <bdi>{dialogueCodeName}</bdi> · Agenda
          </p>
          <h1 className="user-text" dir="auto">
            {sessionHeading(session)}
          </h1>
          <dl className="facts">
            <dt>When</dt>
            <dd>{whenLine(session)}</dd>
            <dt>Where</dt>
            <dd className="user-text" dir="auto">
              {venueLine(session.venue)}
            </dd>
            <dt>Times</dt>
            <dd>
              On the venue&apos;s clocks: {zone} ({offsets(agenda)})
            </dd>
            <dt>Ground rule</dt>
            <dd>
              {REGIME_LABELS[session.regime]}: {REGIME_DESCRIPTIONS[session.regime]}
            </dd>
          </dl>
          <p className="note">Items marked with another rule follow that rule instead.</p>
        </header>
        {agenda.days.map((day) => (
          <DaySection key={day.day} agenda={agenda} day={day} includeNotes={includeItemNotes} exercises={exercises} />
        ))}
      </>
    ),
  });
  return {
    title,
    html,
    footerTemplate: footerTemplate(`Session ${session.number} agenda · ${REGIME_LABELS[session.regime]}`),
  };
}
