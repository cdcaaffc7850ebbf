import { HeartHandshake } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { CheckInView, DueCheckInsView } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { MSG } from './messages';
import { todayOnLaptop } from './today';
import './exercises.css';

/**
 * The dialogue overview's reminder of after-care check-ins that are overdue or due within a week,
 * per open dialogue. People appear by speaker code (and pseudonym), never by name. Nothing shows
 * when nothing is due.
 */
export function AftercareDue({ today }: { today?: string }) {
  const api = useApi();
  const [due, setDue] = useState<DueCheckInsView | null>(null);
  const day = today ?? todayOnLaptop();
  useEffect(() => {
    let current = true;
    void attempt(() => api.aftercare.due({ today: day })).then(
      (result) => current && result.ok && setDue(result.value),
    );
    return () => {
      current = false;
    };
  }, [api, day]);
  if (!due || due.dialogues.length === 0) return null;
  return (
    <section className="aftercare-due" aria-labelledby="aftercare-due-heading">
      <h2 id="aftercare-due-heading" className="aftercare-due__title">
        <HeartHandshake size={16} aria-hidden="true" /> {MSG.due.heading}
      </h2>
      <ul className="aftercare-due__dialogues">
        {due.dialogues.map((entry) => (
          <li key={entry.dialogueId}>
            <p>
              <strong>
                <bdi>{entry.codeName}</bdi>
              </strong>
              {': '}
              {[
                entry.overdue.length > 0 ? MSG.due.overdue(entry.overdue.length) : null,
                entry.dueSoon.length > 0 ? MSG.due.dueSoon(entry.dueSoon.length) : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </p>
            <ul className="aftercare-due__people">
              {[...entry.overdue, ...entry.dueSoon].map((checkIn) => (
                <DueItem key={checkIn.id} checkIn={checkIn} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DueItem({ checkIn }: { checkIn: CheckInView }) {
  const code = checkIn.person.speakerCode ?? checkIn.person.pseudonym;
  return (
    <li className={checkIn.state === 'overdue' ? 'is-overdue' : undefined}>
      <span className="aftercare-due__state">
        {checkIn.state === 'overdue' ? MSG.due.overdueState : MSG.due.dueSoonState}
      </span>{' '}
      <bdi>{code}</bdi>
      {checkIn.person.speakerCode && (
        <span className="muted">
          {' '}
          (<bdi>{checkIn.person.pseudonym}</bdi>)
        </span>
      )}
      {`, ${MSG.due.due} `}
      <time dateTime={checkIn.dueOn}>{formatDay(checkIn.dueOn)}</time>
      {checkIn.sessionNumber !== null && (
        <span className="muted"> · {MSG.due.afterSession(checkIn.sessionNumber)}</span>
      )}
    </li>
  );
}
