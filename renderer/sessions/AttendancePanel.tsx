import { useEffect, useState } from 'react';
import type { AttendanceView, PartyView } from '../../shared/contract';
import { ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from '../../shared/domain/session';
import { useApi } from '../api';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { TableBox } from '../ui/TableBox';
import { useCall } from '../ui/useCall';

const OPTIONS = [
  { value: '' as const, label: 'Not invited' },
  ...ATTENDANCE_STATUSES.map((value) => ({ value, label: ATTENDANCE_STATUS_LABELS[value] })),
];

/** Who was invited, who came: participants by speaker code, grouped by side. Saved on change. */
export function AttendancePanel({ sessionId, parties }: { sessionId: string; parties: readonly PartyView[] }) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const [rows, setRows] = useState<readonly AttendanceView[] | null>(null);

  useEffect(() => {
    let current = true;
    void api.session.attendance({ sessionId }).then(
      (result) => current && result.ok && setRows(result.value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, sessionId]);

  async function change(participantId: string, status: AttendanceStatus | '') {
    const updated = await run(() =>
      api.session.setAttendance({ sessionId, entries: [{ participantId, status: status === '' ? null : status }] }),
    );
    if (updated) setRows(updated);
  }

  const partyName = (id: string) => parties.find((party) => party.id === id)?.name ?? '';
  const counts = ATTENDANCE_STATUSES.map(
    (status) =>
      `${rows?.filter((r) => r.status === status).length ?? 0} ${ATTENDANCE_STATUS_LABELS[status].toLowerCase()}`,
  );

  return (
    <section className="attendance" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading" className="sx-panel-title">
        Attendance
      </h2>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {rows === null ? null : rows.length === 0 ? (
        <p className="muted">No participants on the roster yet.</p>
      ) : (
        <>
          <p className="muted">{counts.join(' · ')}</p>
          <TableBox label="Attendance">
            <table className="table attendance-table">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Side</th>
                  <th scope="col">Attendance</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.participantId}>
                    <th scope="row">{row.speakerCode ?? 'Withdrawn participant'}</th>
                    <td>
                      <bdi>{partyName(row.partyId)}</bdi>
                    </td>
                    <td>
                      <SelectField
                        label={`Attendance of ${row.speakerCode ?? 'withdrawn participant'}`}
                        hideLabel
                        options={OPTIONS}
                        value={row.status ?? ''}
                        onValueChange={(status) => void change(row.participantId, status)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </>
      )}
    </section>
  );
}
