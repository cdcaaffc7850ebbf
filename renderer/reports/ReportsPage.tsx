import { useState } from 'react';
import type { DialogueView } from '../../shared/contract';
import { ExportLogPanel } from './ExportLogPanel';
import { MSG } from './messages';
import { RosterExport } from './RosterExport';
import { SafePhrasesPanel } from './SafePhrasesPanel';
import { SponsorReportTab } from './SponsorReportTab';
import { SummaryExport } from './SummaryExport';
import { PageHeader } from '../ui/Page';
import { Tabs } from '../ui/Tabs';
import './reports.css';

export interface ReportsPageProps {
  readonly dialogue: DialogueView;
}

const TABS = ['sponsor', 'summary', 'phrases', 'roster', 'log'] as const;
type Tab = (typeof TABS)[number];

/**
 * The Reports section (issue 13): the sanitized sponsor report (contents, profile, preview and
 * export), the internal session summary, the dialogue's known-safe phrases, the roster CSV and the
 * workspace's export log. Every export goes through the one checked panel (CheckedExport).
 */
export function ReportsPage({ dialogue }: ReportsPageProps) {
  const [tab, setTab] = useState<Tab>('sponsor');
  return (
    <div className="page reports-page">
      <PageHeader title={MSG.section} context={dialogue.codeName} />
      <Tabs
        label={MSG.section}
        idBase="reports"
        tabs={TABS.map((id) => ({ id, label: MSG.tabs[id] }))}
        selected={tab}
        onSelect={setTab}
        panelClassName="reports-panel"
      >
        {tab === 'sponsor' && <SponsorReportTab dialogue={dialogue} />}
        {tab === 'summary' && <SummaryExport dialogue={dialogue} />}
        {tab === 'phrases' && <SafePhrasesPanel dialogue={dialogue} />}
        {tab === 'roster' && <RosterExport dialogue={dialogue} />}
        {tab === 'log' && <ExportLogPanel />}
      </Tabs>
    </div>
  );
}
