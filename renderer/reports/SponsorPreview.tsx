import { RefreshCw } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { SponsorReportPreview, SponsorReportView } from '../../shared/contract';
import { SPONSOR_SECTION_LABELS } from '../../shared/domain/report';
import { SponsorReportBody } from '../../shared/reports/SponsorReportBody';
import { useApi } from '../api';
import { CheckedExport } from '../redaction/CheckedExport';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Spinner } from '../ui/Spinner';
import { MSG } from './messages';
import './preview.css';

/**
 * The sponsor report as it will print (issue 13, item 5): main redacts it and sends the document
 * — which then holds no name, code or contact — and the page renders it with the very component
 * the PDF is printed from, each change highlighted with its reason in words. The warnings are
 * listed to confirm one by one (the export panel every export shares); the PDF is written only
 * when none is left open.
 *
 * Why not the printed HTML in an iframe: under the app's CSP a srcdoc frame inherits
 * `style-src 'self'` and `font-src 'self'`, which the report's inline styles and embedded fonts
 * need loosened — and the page would then hold HTML it did not make. Rendering the same component
 * from the same data shows the same words without weakening anything.
 */
export function SponsorPreview({ report }: { readonly report: SponsorReportView }) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const ids = useId();
  const [preview, setPreview] = useState<SponsorReportPreview | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());

  // Bumped by "Refresh preview": the preview is asked for again.
  const [asked, setAsked] = useState(0);
  // Warnings are listed with their confirm buttons above; the list of changes holds what was changed.
  const changes = preview?.changes.filter((change) => !change.warningId) ?? [];

  useEffect(() => {
    let current = true;
    void run(() => api.sponsorReport.preview({ dialogueId: report.dialogueId })).then((next) => {
      if (current && next) setPreview(next);
    });
    return () => {
      current = false;
    };
  }, [api, report.dialogueId, run, asked]);

  return (
    <div className="sponsor-preview">
      <div className="sponsor-preview__bar">
        <div>
          <h2 id={`${ids}-title`} className="reports-card__title">
            {MSG.sponsor.previewTitle}
          </h2>
          <p className="reports-card__intro">{MSG.sponsor.previewHelp}</p>
        </div>
        <Button
          size="small"
          variant="secondary"
          busy={busy}
          icon={<RefreshCw size={14} aria-hidden="true" />}
          onClick={() => setAsked((n) => n + 1)}
        >
          {MSG.sponsor.refresh}
        </Button>
      </div>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {!preview ? (
        !error && (
          <p className="reports-empty" role="status">
            <Spinner /> {MSG.sponsor.loadingPreview}
          </p>
        )
      ) : (
        <div className="sponsor-preview__layout">
          <aside className="sponsor-preview__side" aria-label={MSG.sponsor.changesTitle(changes.length)}>
            <p className="sponsor-preview__profile">{MSG.sponsor.profileUsed(preview.profileName)}</p>
            <CheckedExport
              dialogueId={report.dialogueId}
              warnings={preview.warnings}
              onConfirmedChange={setConfirmed}
              exportWith={(acknowledgedWarnings) =>
                api.export.sponsorReportPdf({ dialogueId: report.dialogueId, acknowledgedWarnings })
              }
              checkKey="sponsor-report"
              buttonLabel={MSG.sponsor.exportButton}
            />
            <h3 className="sponsor-preview__heading">{MSG.sponsor.changesTitle(changes.length)}</h3>
            {changes.length === 0 ? (
              <p className="reports-empty">{MSG.sponsor.noChanges}</p>
            ) : (
              <ol className="preview-changes">
                {changes.map((change, index) => (
                  <li
                    key={index}
                    className={[
                      'preview-change',
                      change.warningId ? 'is-warning' : '',
                      change.warningId && confirmed.has(change.warningId) ? 'is-confirmed' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <bdi className="preview-change__where">{change.where}</bdi>
                    <span className="preview-change__reason">{change.reason}</span>
                  </li>
                ))}
              </ol>
            )}
            {(preview.quotesLeftOut > 0 || preview.changedStatements > 0 || preview.document.omitted.length > 0) && (
              <>
                <h3 className="sponsor-preview__heading">{MSG.sponsor.omitted}</h3>
                <ul className="preview-omitted">
                  {preview.document.omitted.map((omission) => (
                    <li key={omission.key}>
                      {SPONSOR_SECTION_LABELS[omission.key]} — {MSG.sponsor.omissionReason[omission.reason]}
                    </li>
                  ))}
                  {preview.quotesLeftOut > 0 && <li>{MSG.sponsor.quotesLeftOut(preview.quotesLeftOut)}</li>}
                  {preview.changedStatements > 0 && <li>{MSG.sponsor.changedStatements(preview.changedStatements)}</li>}
                </ul>
              </>
            )}
          </aside>
          <div className="sponsor-preview__paper" role="document" aria-label={MSG.sponsor.previewLabel} tabIndex={0}>
            <SponsorReportBody document={preview.document} showMarks confirmedWarnings={confirmed} chartWidth={620} />
          </div>
        </div>
      )}
    </div>
  );
}
