import { ArrowLeft, FileDown, Save } from 'lucide-react';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ClauseView, DialogueView, DraftView, TopicView } from '../../shared/contract';
import { PAX_STAGE_LABELS } from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { SessionContext } from '../app/session';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { Spinner } from '../ui/Spinner';
import { TabList, TabPanel } from '../ui/Tabs';
import { CommitmentsPanel } from './CommitmentsPanel';
import { DraftExport } from './DraftExport';
import { DraftForm } from './DraftForm';
import { DraftText } from './DraftText';
import { m } from './messages';
import { SaveVersionDialog } from './SaveVersionDialog';
import { StanceGrid } from './StanceGrid';
import { VersionsPanel } from './VersionsPanel';
import { DraftStatusBadge } from './DraftStatusBadge';

type Tab = 'text' | 'stances' | 'versions' | 'commitments' | 'details';
const TABS: readonly Tab[] = ['text', 'stances', 'versions', 'commitments', 'details'];

export interface DraftPageProps {
  readonly dialogue: DialogueView;
  readonly draftId: string;
  readonly topics: readonly TopicView[];
  readonly today: string;
  readonly onBack: () => void;
  /** Something the overview's warnings depend on changed (a commitment, the status). */
  readonly onChanged: () => void;
}

/** Ctrl/Cmd+S: save a version, from anywhere on the draft's page. */
const isSaveShortcut = (event: globalThis.KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's';

/**
 * One draft: the text (always mounted, so what is being typed is never dropped by a tab change),
 * the stance grid, versions and their comparison, commitments and the draft's details. Ctrl/Cmd+S
 * saves everything typed and opens "Save version N".
 */
export function DraftPage({ dialogue, draftId, topics, today, onBack, onChanged }: DraftPageProps) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const session = useContext(SessionContext);
  const [draft, setDraft] = useState<DraftView | null>(null);
  const [clauses, setClauses] = useState<readonly ClauseView[]>([]);
  const [tab, setTab] = useState<Tab>('text');
  const [saving, setSaving] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState('');
  const [commitmentClause, setCommitmentClause] = useState<string | null>(null);
  const flush = useRef<() => Promise<boolean>>(async () => true);

  const load = useCallback(async () => {
    const loaded = await run(() => api.draft.get({ id: draftId }));
    if (loaded) {
      setDraft(loaded);
      setClauses(loaded.clauses);
    }
    return loaded;
  }, [api, draftId, run]);

  useEffect(() => {
    let current = true;
    void attempt(() => api.draft.get({ id: draftId })).then((loaded) => {
      if (!current) return;
      if (loaded.ok) {
        setDraft(loaded.value);
        setClauses(loaded.value.clauses);
      } else if (!session?.lockedElsewhere(loaded.error)) setError(loaded.error);
    });
    return () => {
      current = false;
    };
  }, [api, draftId, session, setError]);

  const openSaveVersion = useCallback(async () => {
    await flush.current();
    // The latest word on "changed since version N", after everything typed is in.
    const fresh = await run(() => api.draft.get({ id: draftId }));
    if (fresh) setDraft(fresh);
    setSaving(true);
  }, [api, draftId, run]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      void openSaveVersion();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [openSaveVersion]);

  if (!draft) {
    return (
      <div className="draft-page">
        {error ? (
          <ErrorBanner title={error.message} />
        ) : (
          <p className="loading">
            <Spinner /> {m.page.loading}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="draft-page">
      <nav className="draft-page__crumbs">
        <Button variant="quiet" size="small" icon={<ArrowLeft size={14} aria-hidden="true" />} onClick={onBack}>
          {m.drafts.back}
        </Button>
      </nav>
      <header className="draft-page__header">
        <div className="draft-page__heading">
          <h1 className="sx-title" dir="auto">
            {draft.title}
          </h1>
          <p className="draft-page__facts">
            <DraftStatusBadge status={draft.status} />
            <span className="muted">{PAX_STAGE_LABELS[draft.stage]}</span>
            <span className="version-chip">
              {m.page.versionChip(draft.versions[0]?.number ?? null, draft.changedSinceVersion)}
            </span>
          </p>
        </div>
        <div className="sx-inline">
          <Button
            icon={<FileDown size={15} aria-hidden="true" />}
            aria-expanded={exporting}
            onClick={() => setExporting((open) => !open)}
          >
            {m.exports.button}
          </Button>
          <Button
            variant="primary"
            icon={<Save size={15} aria-hidden="true" />}
            aria-keyshortcuts="Control+S Meta+S"
            onClick={() => void openSaveVersion()}
          >
            {m.page.saveVersion} <ShortcutHint keyName="S" withModifier />
          </Button>
        </div>
      </header>
      {exporting && <DraftExport draft={draft} flush={() => flush.current()} />}
      {saving && (
        <SaveVersionDialog
          draft={draft}
          onClose={() => setSaving(false)}
          onSaved={(version) => {
            setSaving(false);
            setNotice(m.saveVersion.saved(version.number));
            void load();
          }}
        />
      )}
      <p className="draft-page__notice" role="status" aria-live="polite">
        {notice}
      </p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <TabList
        label={draft.title}
        idBase="draft"
        tabs={TABS.map((id) => ({ id, label: m.page.tabs[id] }))}
        selected={tab}
        onSelect={setTab}
      />
      <TabPanel idBase="draft" tab="text" hidden={tab !== 'text'} className="draft-page__panel draft-page__panel--text">
        <DraftText
          draft={draft}
          clauses={clauses}
          setClauses={setClauses}
          topics={topics}
          onFlushReady={(f) => {
            flush.current = f;
          }}
          onAddCommitment={(clauseId) => {
            setCommitmentClause(clauseId);
            setTab('commitments');
          }}
        />
      </TabPanel>
      {tab === 'stances' && (
        <TabPanel idBase="draft" tab="stances" className="draft-page__panel">
          <StanceGrid
            draft={draft}
            clauses={clauses}
            onClause={(view) =>
              setClauses((list) => list.map((c) => (c.id === view.id ? { ...view, number: c.number } : c)))
            }
            onPackages={(packages) => setDraft((current) => (current ? { ...current, packages } : current))}
          />
        </TabPanel>
      )}
      {tab === 'versions' && (
        <TabPanel idBase="draft" tab="versions" className="draft-page__panel">
          <VersionsPanel draft={draft} />
        </TabPanel>
      )}
      {tab === 'commitments' && (
        <TabPanel idBase="draft" tab="commitments" className="draft-page__panel">
          <CommitmentsPanel draft={draft} clauses={clauses} fromClause={commitmentClause} today={today} />
        </TabPanel>
      )}
      {tab === 'details' && (
        <TabPanel idBase="draft" tab="details" className="draft-page__panel">
          <DraftForm
            dialogue={dialogue}
            draft={draft}
            onSaved={(header) => {
              setDraft((current) => (current ? { ...current, ...header } : current));
              onChanged();
            }}
            onDeleted={onBack}
          />
        </TabPanel>
      )}
    </div>
  );
}
