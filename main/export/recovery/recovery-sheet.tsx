import { format } from 'date-fns';
import { groupRecoveryKey } from '../../../shared/recovery/recovery-key';
import { footerTemplate, renderReportHtml } from '../report/report-document';

export interface RecoverySheetData {
  readonly workspaceName: string;
  readonly words: readonly string[];
  readonly madeOn: Date;
}

/**
 * The printable recovery sheet: the workspace's (on-disk) name, the 24 words in numbered groups,
 * and what to do with the paper. Nothing of the workspace's content is on it.
 */
export function recoverySheetReport(data: RecoverySheetData, fontCss: string) {
  const title = `Parley recovery key — ${data.workspaceName}`;
  const groups = groupRecoveryKey(data.words);
  const html = renderReportHtml({
    title,
    fontCss,
    children: (
      <main className="recovery-sheet">
        <h1>Parley recovery key</h1>
        <p>
          Workspace <strong>{data.workspaceName}</strong> · made {format(data.madeOn, 'd MMMM yyyy')}
        </p>
        <p>
          These 24 words open the workspace if its passphrase is forgotten. Whoever holds this sheet can open it too:
          keep it somewhere locked and away from the laptop, never photograph it, and destroy it if you make a new
          recovery key.
        </p>
        <ol className="recovery-words">
          {groups.map((group, g) => (
            <li key={g} className="recovery-group">
              {group.map((word, i) => (
                <span key={i} className="recovery-word">
                  <span className="recovery-number">{g * group.length + i + 1}.</span> {word}
                </span>
              ))}
            </li>
          ))}
        </ol>
        <h2>To use it</h2>
        <p>
          On Parley’s lock screen choose “Forgot the passphrase?”, type the words (the first four letters of each are
          enough) and choose a new passphrase. From the command line: <code>parley recover &lt;workspace&gt;</code>.
        </p>
      </main>
    ),
  });
  return { title, html, footerTemplate: footerTemplate('Parley recovery key — keep locked away') };
}
