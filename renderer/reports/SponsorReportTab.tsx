import { useEffect, useState } from 'react';
import type { DialogueView, SponsorReportView } from '../../shared/contract';
import { useApi } from '../api';
import { flushNotesBeforeLock } from '../notes';
import { useCall } from '../ui/useCall';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Spinner } from '../ui/Spinner';
import { MSG } from './messages';
import { ProfilePanel } from './ProfilePanel';
import { ReportSessions } from './ReportSessions';
import { SectionTexts } from './SectionTexts';
import { SponsorPreview } from './SponsorPreview';
import { StatementsPanel } from './StatementsPanel';

type View = 'contents' | 'preview';

/**
 * The sponsor report of the current dialogue: what it covers and how (sessions, risky marks,
 * profile), what it says (the written sections, the statements drawn from notes) — and the
 * preview, exactly as it will print, from which it is exported.
 */
export function SponsorReportTab({ dialogue }: { readonly dialogue: DialogueView }) {
  const api = useApi();
  const { run, error } = useCall();
  const [view, setView] = useState<View>('contents');
  const [report, setReport] = useState<SponsorReportView | null>(null);

  useEffect(() => {
    let current = true;
    void run(() => api.sponsorReport.get({ dialogueId: dialogue.id })).then((loaded) => {
      if (current && loaded) setReport(loaded);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, run]);

  const show = async (next: View) => {
    // What is being typed is saved first, so the preview shows it.
    if (next === 'preview') await flushNotesBeforeLock();
    setView(next);
  };

  return (
    <div className="sponsor-report-tab">
      <p className="reports-intro">{MSG.sponsor.intro}</p>
      <div className="segmented reports-switch" role="group" aria-label={MSG.tabs.sponsor}>
        {(['contents', 'preview'] as const).map((id) => (
          <button
            key={id}
            type="button"
            className="segmented__option"
            aria-pressed={view === id}
            onClick={() => void show(id)}
          >
            {MSG.sponsor.views[id]}
          </button>
        ))}
      </div>
      {error && <ErrorBanner title={error.message} />}
      {!report ? (
        !error && <Spinner />
      ) : view === 'contents' ? (
        <div className="sponsor-contents">
          <ReportSessions report={report} onChange={setReport} />
          <ProfilePanel report={report} onChange={setReport} />
          <SectionTexts report={report} />
          <StatementsPanel report={report} />
        </div>
      ) : (
        <SponsorPreview report={report} />
      )}
    </div>
  );
}
