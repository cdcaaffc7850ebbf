import { FileSearch, RefreshCw } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { ExportLogEntry, VerifyExportResult } from '../../shared/contract';
import { useApi } from '../api';
import { laptopTimeZone } from '../../shared/time/zone';
import { formatDateTimeIn } from '../ui/format';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { RecordTable } from '../ui/TableBox';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { formatBytes, MSG } from './messages';

const ALL = '';
const KINDS = Object.keys(MSG.log.kinds);

const kindLabel = (kind: string) => MSG.log.kinds[kind] ?? kind;

function EntryLine({ entry }: { readonly entry: ExportLogEntry }) {
  return (
    <>
      {formatDateTimeIn(entry.exportedAt, laptopTimeZone())} · {kindLabel(entry.kind)}
      {entry.dialogueCodeName && (
        <>
          {' · '}
          <bdi>{entry.dialogueCodeName}</bdi>
        </>
      )}
      {entry.sessionNumbers.length > 0 &&
        ` · ${MSG.log.columns.sessions.toLowerCase()} ${MSG.log.sessions(entry.sessionNumbers)}`}
      {entry.profile && (
        <>
          {' · '}
          {MSG.log.columns.profile.toLowerCase()} “<bdi>{entry.profile}</bdi>”
        </>
      )}
      {' · '}
      <bdi>{entry.fileName}</bdi>
    </>
  );
}

/**
 * The workspace's export log (issue 13, item 7): every file written, newest first, with its
 * SHA-256 — and "Check a file…", which asks main to open a file (main's own dialog; the page never
 * sees a path) and says whether this workspace wrote it, and which export it was.
 */
export function ExportLogPanel() {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const verifyCall = useCall();
  const ids = useId();
  const [kind, setKind] = useState(ALL);
  const [entries, setEntries] = useState<readonly ExportLogEntry[] | null>(null);
  const [verified, setVerified] = useState<VerifyExportResult | null>(null);

  // Bumped by "Refresh": the log is read again.
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let current = true;
    void run(() => api.workspace.exportLog({ ...(kind ? { kind } : {}), limit: 500 })).then((list) => {
      if (current && list) setEntries(list);
    });
    return () => {
      current = false;
    };
  }, [api, kind, run, asked]);

  const verify = async () => {
    setVerified(null);
    const result = await verifyCall.run(() => api.workspace.verifyExport({}));
    if (result) setVerified(result);
  };

  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.tabs.log}
      </h2>
      <p className="reports-card__intro">{MSG.log.intro}</p>
      <div className="reports-row">
        <SelectField
          label={MSG.log.kind}
          value={kind}
          options={[
            { value: ALL, label: MSG.log.allKinds },
            ...KINDS.map((value) => ({ value, label: kindLabel(value) })),
          ]}
          onValueChange={setKind}
        />
        <div className="reports-row__actions">
          <Button
            size="small"
            variant="quiet"
            busy={busy}
            icon={<RefreshCw size={14} aria-hidden="true" />}
            onClick={() => setAsked((n) => n + 1)}
          >
            {MSG.log.refresh}
          </Button>
          <Button
            size="small"
            variant="secondary"
            busy={verifyCall.busy}
            icon={<FileSearch size={14} aria-hidden="true" />}
            aria-describedby={`${ids}-verify-help`}
            onClick={() => void verify()}
          >
            {MSG.log.verify}
          </Button>
        </div>
      </div>
      <p id={`${ids}-verify-help`} className="field__description">
        {MSG.log.verifyHelp}
      </p>
      <div role="status" aria-live="polite">
        {verified?.picked &&
          (verified.matches.length > 0 ? (
            <div className="verify-result is-match">
              <p>
                <strong>
                  <bdi>{MSG.log.verifiedYes(verified.fileName)}</bdi>
                </strong>
              </p>
              <ul>
                {verified.matches.map((entry) => (
                  <li key={entry.id}>
                    <EntryLine entry={entry} />
                  </li>
                ))}
              </ul>
              <p className="verify-result__digest">SHA-256 {verified.sha256}</p>
            </div>
          ) : (
            <div className="verify-result is-mismatch">
              <p>
                <strong>
                  <bdi>{MSG.log.verifiedNo(verified.fileName)}</bdi>
                </strong>
              </p>
              <p className="verify-result__digest">SHA-256 {verified.sha256}</p>
            </div>
          ))}
      </div>
      {verifyCall.error && <ErrorBanner title={verifyCall.error.message} onDismiss={() => verifyCall.setError(null)} />}
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {entries && entries.length === 0 && <p className="reports-empty">{MSG.log.empty}</p>}
      {entries && entries.length > 0 && (
        <RecordTable
          label={MSG.tabs.log}
          boxClassName="export-log"
          className="export-log__table"
          columns={[
            MSG.log.columns.when,
            MSG.log.columns.kind,
            MSG.log.columns.dialogue,
            MSG.log.columns.sessions,
            MSG.log.columns.profile,
            MSG.log.columns.file,
            { label: MSG.log.columns.size, className: 'num' },
            MSG.log.columns.sha256,
          ]}
        >
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{formatDateTimeIn(entry.exportedAt, laptopTimeZone())}</td>
              <td>{kindLabel(entry.kind)}</td>
              <td>
                <bdi>{entry.dialogueCodeName ?? '—'}</bdi>
              </td>
              <td>{MSG.log.sessions(entry.sessionNumbers)}</td>
              <td>
                <bdi>{entry.profile ?? '—'}</bdi>
              </td>
              <td className="export-log__file">
                <bdi>{entry.fileName}</bdi>
              </td>
              <td className="num nowrap">{formatBytes(entry.bytes)}</td>
              <td className="export-log__sha">
                <code title={entry.sha256}>{entry.sha256}</code>
              </td>
            </tr>
          ))}
        </RecordTable>
      )}
    </section>
  );
}
