import { format } from 'date-fns';
import { Plus } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DialogueView, DraftSummary, TopicView } from '../../shared/contract';
import { PAX_STAGE_LABELS } from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import { Spinner } from '../ui/Spinner';
import { TabList, TabPanel } from '../ui/Tabs';
import { TableBox } from '../ui/TableBox';
import { AgreementWarnings } from './AgreementWarnings';
import { DraftForm } from './DraftForm';
import { DraftPage } from './DraftPage';
import { m } from './messages';
import { OutcomesPanel } from './OutcomesPanel';
import { TransferLog } from './TransferLog';
import './agreements.css';
import { DraftStatusBadge } from './DraftStatusBadge';
import { PageHeader } from '../ui/Page';

export interface AgreementsPageProps {
  readonly dialogue: DialogueView;
  /** For tests: today on this laptop, YYYY-MM-DD. */
  readonly today?: string;
}

type View = { readonly kind: 'list' } | { readonly kind: 'new' } | { readonly kind: 'draft'; readonly id: string };
const SECTIONS = ['drafts', 'transfers', 'outcomes'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The Agreements section of one dialogue: its drafts (single negotiating texts), the transfer log
 * and harvested outcomes, under the follow-through warnings. N starts a new draft from the list.
 */
export function AgreementsPage({ dialogue, today = format(new Date(), 'yyyy-MM-dd') }: AgreementsPageProps) {
  const api = useApi();
  const { lockedElsewhere } = useSession();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [section, setSection] = useState<Section>('drafts');
  const [drafts, setDrafts] = useState<readonly DraftSummary[] | null>(null);
  const [topics, setTopics] = useState<readonly TopicView[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const returnTo = useRef<string | null>(null);
  const changed = useCallback(() => setChanges((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    void Promise.all([
      attempt(() => api.draft.list({ dialogueId: dialogue.id })),
      attempt(() => api.agenda.topics({ dialogueId: dialogue.id })),
    ]).then(([list, found]) => {
      if (!current) return;
      if (list.ok) {
        setDrafts(list.value);
        setLoadError(null);
      } else if (!lockedElsewhere(list.error)) setLoadError(list.error.message);
      if (found.ok) setTopics(found.value);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, lockedElsewhere, changes, view.kind]);

  useEffect(() => {
    if (view.kind !== 'list' || section !== 'drafts') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || !isPlainKey(event) || event.repeat || isTypingTarget(event.target)) return;
      event.preventDefault();
      setView({ kind: 'new' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [view.kind, section]);

  // Back from a draft: focus its row again.
  useEffect(() => {
    const id = returnTo.current;
    if (!id || view.kind !== 'list' || !drafts) return;
    returnTo.current = null;
    document.querySelector<HTMLElement>(`[data-draft-id="${CSS.escape(id)}"]`)?.focus();
  });

  if (view.kind === 'draft') {
    return (
      <DraftPage
        key={view.id}
        dialogue={dialogue}
        draftId={view.id}
        topics={topics}
        today={today}
        onBack={() => {
          returnTo.current = view.id;
          setView({ kind: 'list' });
        }}
        onChanged={changed}
      />
    );
  }

  if (view.kind === 'new') {
    return (
      <div className="agreements-page">
        <DraftForm
          dialogue={dialogue}
          onCancel={() => setView({ kind: 'list' })}
          onSaved={(draft) => setView({ kind: 'draft', id: draft.id })}
        />
      </div>
    );
  }

  return (
    <div className="agreements-page">
      <PageHeader
        title={m.section.title}
        context={dialogue.codeName}
        actions={
          section === 'drafts' && (
            <Button
              variant="primary"
              icon={<Plus size={16} aria-hidden="true" />}
              aria-keyshortcuts="N"
              onClick={() => setView({ kind: 'new' })}
            >
              {m.drafts.newDraft} <ShortcutHint keyName="N" />
            </Button>
          )
        }
      />
      <AgreementWarnings dialogueId={dialogue.id} refresh={changes} />
      <TabList
        label={m.section.title}
        idBase="agreements"
        tabs={SECTIONS.map((id) => ({ id, label: m.section.tabs[id] }))}
        selected={section}
        onSelect={setSection}
      />
      <TabPanel idBase="agreements" tab={section} className="agreements-page__panel">
        {section === 'drafts' &&
          (loadError ? (
            <ErrorBanner title={m.drafts.loadFailed(loadError)} />
          ) : drafts === null ? (
            <p className="loading">
              <Spinner /> {m.drafts.loading}
            </p>
          ) : drafts.length === 0 ? (
            <div className="empty">
              <p className="empty__title">{m.drafts.empty}</p>
              <p>{m.drafts.emptyHelp}</p>
            </div>
          ) : (
            <TableBox label={m.drafts.heading}>
              <table className="table drafts-table">
                <caption className="visually-hidden">{m.drafts.heading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.drafts.columns.title}</th>
                    <th scope="col">{m.drafts.columns.stage}</th>
                    <th scope="col">{m.drafts.columns.status}</th>
                    <th scope="col">{m.drafts.columns.clauses}</th>
                    <th scope="col">{m.drafts.columns.brackets}</th>
                    <th scope="col">{m.drafts.columns.version}</th>
                  </tr>
                </thead>
                <tbody>
                  {drafts.map((draft) => (
                    <tr key={draft.id}>
                      <th scope="row">
                        <button
                          type="button"
                          className="row-link"
                          dir="auto"
                          data-draft-id={draft.id}
                          onClick={() => setView({ kind: 'draft', id: draft.id })}
                        >
                          {draft.title}
                        </button>
                      </th>
                      <td>{PAX_STAGE_LABELS[draft.stage]}</td>
                      <td>
                        <DraftStatusBadge status={draft.status} />
                      </td>
                      <td className="nowrap">{m.drafts.clauses(draft.clauseCount, draft.cleanCount)}</td>
                      <td>{draft.bracketCount}</td>
                      <td>{draft.latestVersion ?? <span className="muted">{m.drafts.noVersion}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          ))}
        {section === 'transfers' && (
          <TransferLog dialogue={dialogue} topics={topics} today={today} onChanged={changed} />
        )}
        {section === 'outcomes' && <OutcomesPanel dialogue={dialogue} onChanged={changed} />}
      </TabPanel>
    </div>
  );
}
