import { createContext, Fragment, useContext, type ReactNode } from 'react';
import { OvertonChart, overtonChartHeight } from '../charts/OvertonChart';
import { TrustChart, trustLegendHeight } from '../charts/TrustChart';
import { REGIME_SENTENCES, SPONSOR_REPORT_STATEMENTS, SPONSOR_SECTION_LABELS, fewerThan } from '../domain/report';
import { REGIME_LABELS } from '../domain/session';
import {
  MARK_LABELS,
  type Slot,
  type SponsorParticipation,
  type SponsorReportDocument,
  type SponsorReportSection,
} from './sponsor-document';

export interface SponsorReportBodyProps {
  readonly document: SponsorReportDocument;
  /**
   * The preview's marks: each change or warning highlighted, with its reason in words beside it.
   * Off when printing: the PDF is the text alone.
   */
  readonly showMarks?: boolean;
  /** Width of the charts in CSS pixels (A4 between the margins is about 670). */
  readonly chartWidth?: number;
  /** Warnings the facilitator has confirmed: their marks are shown as settled. */
  readonly confirmedWarnings?: ReadonlySet<string>;
}

const Confirmed = createContext<ReadonlySet<string>>(new Set());

/** A slot's text, with its marks when the preview shows them (never colour alone: the reason is written out). */
function Text({ value, showMarks }: { value: Slot; showMarks: boolean }) {
  const confirmed = useContext(Confirmed);
  if (!showMarks || value.marks.length === 0) return <>{value.text}</>;
  const pieces: ReactNode[] = [];
  let cursor = 0;
  value.marks.forEach((mark, index) => {
    if (mark.start > cursor) pieces.push(value.text.slice(cursor, mark.start));
    const label = MARK_LABELS[mark.reason];
    const text = value.text.slice(mark.start, mark.end);
    pieces.push(
      <mark
        key={index}
        className={[
          'report-change',
          `report-change--${mark.reason}`,
          text === '' ? 'report-change--removed' : '',
          mark.warningId && confirmed.has(mark.warningId) ? 'is-confirmed' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        data-reason={mark.reason}
        data-warning-id={mark.warningId}
      >
        {text === '' ? '⌫' : text}
        <span className="report-change__reason">{text === '' ? `removed: ${label}` : label}</span>
      </mark>,
    );
    cursor = Math.max(cursor, mark.end);
  });
  if (cursor < value.text.length) pieces.push(value.text.slice(cursor));
  return <>{pieces}</>;
}

function Count({ shown, suppressed, showMarks }: { shown: string; suppressed: boolean; showMarks: boolean }) {
  if (!suppressed || !showMarks) return <>{shown}</>;
  return (
    <mark className="report-change report-change--small-count" data-reason="small-count">
      {shown}
      <span className="report-change__reason">{MARK_LABELS['small-count']}</span>
    </mark>
  );
}

function Participation({
  value,
  doc,
  showMarks,
}: {
  value: SponsorParticipation;
  doc: SponsorReportDocument;
  showMarks: boolean;
}) {
  if (!value.recorded) {
    return (
      <td className="count not-recorded" colSpan={doc.sides.length + 1}>
        Attendance not recorded
      </td>
    );
  }
  return (
    <>
      {doc.sides.map((side) => {
        const count = value.counts.find((entry) => entry.sideId === side.id);
        return (
          <td key={side.id} className="count">
            {count ? <Count shown={count.shown} suppressed={count.suppressed} showMarks={showMarks} /> : '0'}
          </td>
        );
      })}
      <td className="count total">
        {value.total ?? <Count shown="withheld" suppressed={showMarks} showMarks={showMarks} />}
      </td>
    </>
  );
}

function Section({
  section,
  doc,
  showMarks,
  chartWidth,
}: {
  section: SponsorReportSection;
  doc: SponsorReportDocument;
  showMarks: boolean;
  chartWidth: number;
}) {
  const heading = SPONSOR_SECTION_LABELS[section.key];
  const sideName = (id: string | null) => doc.sides.find((side) => side.id === id)?.name;
  let body: ReactNode;
  switch (section.key) {
    case 'agreed-statements':
      body = (
        <>
          <p className="section-note">
            Statements the participants agreed may be shared with sponsors, in the words they agreed.
          </p>
          <ol className="statements">
            {section.statements.map((statement, index) => (
              <li key={index}>
                <p className="user-text" dir="auto">
                  <Text value={statement.text} showMarks={showMarks} />
                </p>
                <p className="meta">Agreed at meeting {statement.meeting}</p>
              </li>
            ))}
          </ol>
        </>
      );
      break;
    case 'session-points':
      body = section.meetings.map((meeting) => (
        <div key={meeting.meeting} className="points">
          <h3>Meeting {meeting.meeting}</h3>
          <ul>
            {meeting.points.map((point, index) => (
              <li key={index} className="user-text" dir="auto">
                <Text value={point} showMarks={showMarks} />
              </li>
            ))}
          </ul>
        </div>
      ));
      break;
    case 'trust-chart': {
      const height = 220 + trustLegendHeight(section.chart, chartWidth);
      body = (
        <>
          <p className="section-note">
            The facilitator’s reading of relations between each pair of sides at each meeting, from −2 (hostile) to +2
            (warm), with what was seen.
          </p>
          <div className="chart">
            <TrustChart
              data={section.chart}
              width={chartWidth}
              height={height}
              title="Relations between the sides across the meetings"
            />
          </div>
        </>
      );
      break;
    }
    case 'overton-chart':
      body = (
        <>
          <p className="section-note">
            Where each side placed each option at each meeting, from unthinkable to policy: the widening of what can be
            discussed.
          </p>
          <div className="chart">
            <OvertonChart
              data={section.chart}
              width={chartWidth}
              height={overtonChartHeight(section.chart.rows.length, 96)}
              title="Options on the table across the meetings"
            />
          </div>
        </>
      );
      break;
    case 'outcomes':
      body = section.outcomes.map((outcome, index) => (
        <div key={index} className="entry">
          <p className="entry-title user-text" dir="auto">
            <Text value={outcome.description} showMarks={showMarks} />
          </p>
          <dl className="facts">
            <dt>Who changed</dt>
            <dd className="user-text" dir="auto">
              <Text value={outcome.socialActor} showMarks={showMarks} />
            </dd>
            {outcome.observed && (
              <>
                <dt>Observed</dt>
                <dd>{outcome.observed}</dd>
              </>
            )}
            {outcome.contribution.text && (
              <>
                <dt>The dialogue’s contribution</dt>
                <dd className="user-text" dir="auto">
                  <Text value={outcome.contribution} showMarks={showMarks} />
                </dd>
              </>
            )}
            {outcome.significance.text && (
              <>
                <dt>Significance</dt>
                <dd className="user-text" dir="auto">
                  <Text value={outcome.significance} showMarks={showMarks} />
                </dd>
              </>
            )}
            <dt>Verification</dt>
            <dd>{outcome.substantiation}</dd>
            {outcome.verifierRole.text && (
              <>
                <dt>Verifier</dt>
                <dd className="user-text" dir="auto">
                  <Text value={outcome.verifierRole} showMarks={showMarks} />
                </dd>
              </>
            )}
          </dl>
        </div>
      ));
      break;
    case 'transfers':
      body = (
        <table className="transfers">
          <thead>
            <tr>
              <th>Idea</th>
              <th>Carried to</th>
              <th>When</th>
              <th>Response</th>
            </tr>
          </thead>
          <tbody>
            {section.transfers.map((transfer, index) => {
              const side = sideName(transfer.sideId);
              return (
                <tr key={index}>
                  <td className="user-text" dir="auto">
                    <Text value={transfer.idea} showMarks={showMarks} />
                  </td>
                  <td>
                    <bdi>
                      <Text value={transfer.role} showMarks={showMarks} />
                    </bdi>
                    {side && (
                      <>
                        ,{' '}
                        <bdi>
                          <Text value={side} showMarks={showMarks} />
                        </bdi>
                      </>
                    )}
                    <div className="meta">{transfer.channel}</div>
                  </td>
                  <td className="when">{transfer.carried}</td>
                  <td>
                    {transfer.response}
                    {transfer.responseNotes.text && (
                      <div className="meta user-text" dir="auto">
                        <Text value={transfer.responseNotes} showMarks={showMarks} />
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      );
      break;
    default:
      body = (
        <p className="prose user-text" dir="auto">
          <Text value={section.body} showMarks={showMarks} />
        </p>
      );
  }
  return (
    <section className={`report-section report-section--${section.key}`}>
      <h2>{heading}</h2>
      {body}
    </section>
  );
}

/**
 * The sanitized sponsor report (DOMAIN.md): the printed PDF and the app's preview are this one
 * component over the same redacted document, so the preview shows exactly the words that print.
 * It holds only what a sponsor may read — meeting numbers, periods (coarsened where a meeting was
 * risky), places, the rule that applied, counts per side with small ones suppressed, the report's
 * fixed statements, and the sections the profile includes. A pure function of its props.
 */
export function SponsorReportBody({
  document: doc,
  showMarks = false,
  chartWidth = 660,
  confirmedWarnings = NONE,
}: SponsorReportBodyProps) {
  const single = doc.regimes.length === 1 ? doc.regimes[0]! : null;
  const anyRisky = doc.meetings.some((meeting) => meeting.risky);
  return (
    <Confirmed value={confirmedWarnings}>
      <article className="sponsor-report">
        <header className="report-header">
          <p className="eyebrow">
            Report to sponsors ·{' '}
            <bdi>
              <Text value={doc.codeName} showMarks={showMarks} />
            </bdi>
          </p>
          <h1>{doc.meetingsLabel}</h1>
          <p className="subtitle">
            <Text value={doc.period} showMarks={showMarks} /> · prepared {doc.preparedIn}
          </p>
        </header>

        <section className="report-about">
          <p>{SPONSOR_REPORT_STATEMENTS.personalCapacity}</p>
          <p>{single ? REGIME_SENTENCES[single] : 'Each meeting’s rule is given in the table below.'}</p>
          <p>{SPONSOR_REPORT_STATEMENTS.rapporteur}</p>
          <p>
            {SPONSOR_REPORT_STATEMENTS.noNames} Here that number is {doc.minCount} (“{fewerThan(doc.minCount)}”).
          </p>
        </section>

        <section className="report-section report-section--meetings">
          <h2>The meetings</h2>
          <table className="meetings">
            <thead>
              <tr>
                <th>Meeting</th>
                <th>When</th>
                <th>Where</th>
                <th>Rule</th>
                {doc.sides.map((side) => (
                  <th key={side.id} className="count">
                    <bdi>
                      <Text value={side.name} showMarks={showMarks} />
                    </bdi>
                  </th>
                ))}
                <th className="count">Total</th>
              </tr>
            </thead>
            <tbody>
              {doc.meetings.map((meeting) => (
                <tr key={meeting.number}>
                  <td className="number">{meeting.number}</td>
                  <td>
                    <Text value={meeting.period} showMarks={showMarks} />
                  </td>
                  <td className="user-text" dir="auto">
                    <Text value={meeting.venue} showMarks={showMarks} />
                  </td>
                  <td>{REGIME_LABELS[meeting.regime]}</td>
                  <Participation value={meeting.participation} doc={doc} showMarks={showMarks} />
                </tr>
              ))}
            </tbody>
            {doc.meetings.length > 1 && (
              <tfoot>
                <tr>
                  <th colSpan={4}>Different people across the meetings</th>
                  <Participation value={doc.participants} doc={doc} showMarks={showMarks} />
                </tr>
              </tfoot>
            )}
          </table>
          <p className="section-note">
            Participants per side are those who attended; the facilitation team is not counted.
            {anyRisky &&
              ' For the safety of those who took part, the dates and place of some meetings are given only approximately.'}
            {(doc.meetings.some((meeting) => meeting.participation.recorded && meeting.participation.total === null) ||
              (doc.participants.recorded && doc.participants.total === null)) &&
              ' A total is withheld where it would let a small count be worked out.'}
          </p>
        </section>

        {doc.sections.map((section) => (
          <Fragment key={section.key}>
            <Section section={section} doc={doc} showMarks={showMarks} chartWidth={chartWidth} />
          </Fragment>
        ))}
      </article>
    </Confirmed>
  );
}

const NONE: ReadonlySet<string> = new Set();
