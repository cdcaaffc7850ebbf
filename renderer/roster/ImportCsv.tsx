import { FileUp } from 'lucide-react';
import { useRef, useState } from 'react';
import type { ImportResult } from '../../shared/contract';
import { PARTICIPANT_LIMITS } from '../../shared/domain/participant';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useCall } from '../ui/useCall';
import { IMPORT_MESSAGES } from './messages';

export interface ImportCsvProps {
  readonly dialogueId: string;
  readonly onImported: (result: ImportResult) => void;
  readonly variant?: 'primary' | 'secondary';
}

/**
 * "Import CSV…": the facilitator picks a spreadsheet saved as CSV; main reads it with the same
 * parser as `parley roster import` and imports every row or none. A refusal opens a dialog with
 * the report line by line, so the two bad rows can be fixed in the spreadsheet and the file tried
 * again. The file is read in the window (no path crosses to main) and never stored.
 */
export function ImportCsv({ dialogueId, onImported, variant = 'secondary' }: ImportCsvProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ readonly file: string; readonly lines: readonly string[] } | null>(null);

  async function importFile(file: File) {
    if (file.size > PARTICIPANT_LIMITS.importCsvChars * 4) {
      setReport({ file: file.name, lines: [IMPORT_MESSAGES.tooLarge] });
      return;
    }
    const csv = await file.text();
    const result = await run(() => api.participant.importCsv({ dialogueId, csv }));
    if (result) {
      onImported(result);
      return;
    }
  }

  const failure = error ?? null;
  const lines = report?.lines ?? failure?.message.split('\n') ?? [];
  const open = report !== null || failure !== null;
  const close = () => {
    setReport(null);
    setError(null);
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file picked again after fixing it must count as a change.
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <Button
        variant={variant}
        busy={busy}
        icon={<FileUp size={16} aria-hidden="true" />}
        onClick={() => input.current?.click()}
      >
        {IMPORT_MESSAGES.button}
      </Button>
      {open && (
        <Dialog
          title={IMPORT_MESSAGES.title}
          onClose={close}
          actions={
            <>
              <Button
                variant="primary"
                onClick={() => {
                  close();
                  input.current?.click();
                }}
              >
                {IMPORT_MESSAGES.chooseAgain}
              </Button>
              <Button onClick={close}>{IMPORT_MESSAGES.close}</Button>
            </>
          }
        >
          <p role="alert">{lines[0]}</p>
          {lines.length > 1 && (
            <ol className="import-report" aria-label={IMPORT_MESSAGES.problems}>
              {lines.slice(1).map((line, index) => (
                <li key={index} dir="auto">
                  {line}
                </li>
              ))}
            </ol>
          )}
          <p className="muted">{IMPORT_MESSAGES.help}</p>
        </Dialog>
      )}
    </>
  );
}
