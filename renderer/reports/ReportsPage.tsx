import { useRef, useState, type KeyboardEvent } from 'react';
import type { DialogueView } from '../../shared/contract';
import { ExportLogPanel } from './ExportLogPanel';
import { MSG } from './messages';
import { RosterExport } from './RosterExport';
import { SafePhrasesPanel } from './SafePhrasesPanel';
import { SponsorReportTab } from './SponsorReportTab';
import { SummaryExport } from './SummaryExport';
import './reports.css';

export interface ReportsPageProps {
  readonly dialogue: DialogueView;
}

const TABS = ['sponsor', 'summary', 'phrases', 'roster', 'log'] as const;
type Tab = (typeof TABS)[number];

/**
 * The Reports section (issue 13): the sanitized sponsor report (contents, profile, preview and
 * export), the internal session summary, the dialogue's known-safe phrases, the roster CSV and the
 * workspace's export log. Every export goes through the one checked panel (CheckedExport). Tabs
 * follow the WAI-ARIA pattern: arrows move between them, Home and End jump.
 */
export function ReportsPage({ dialogue }: ReportsPageProps) {
  const [tab, setTab] = useState<Tab>('sponsor');
  const tabs = useRef(new Map<Tab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="page reports-page">
      <header className="page__header">
        <h1 className="page__title">
          {MSG.section}{' '}
          <span className="muted">
            · <bdi>{dialogue.codeName}</bdi>
          </span>
        </h1>
      </header>
      <div className="reports-tabs" role="tablist" aria-label={MSG.section} onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`reports-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`reports-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={['reports-tabs__tab', tab === id ? 'is-current' : ''].filter(Boolean).join(' ')}
            ref={(element) => {
              if (element) tabs.current.set(id, element);
              else tabs.current.delete(id);
            }}
            onClick={() => setTab(id)}
          >
            {MSG.tabs[id]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`reports-panel-${tab}`} aria-labelledby={`reports-tab-${tab}`} className="reports-panel">
        {tab === 'sponsor' && <SponsorReportTab dialogue={dialogue} />}
        {tab === 'summary' && <SummaryExport dialogue={dialogue} />}
        {tab === 'phrases' && <SafePhrasesPanel dialogue={dialogue} />}
        {tab === 'roster' && <RosterExport dialogue={dialogue} />}
        {tab === 'log' && <ExportLogPanel />}
      </div>
    </div>
  );
}
