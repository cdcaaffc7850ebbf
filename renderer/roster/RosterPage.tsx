import { List, Map as MapIcon, Plus, Users } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import type { DialogueView, ParticipantView, PurgeResult } from '../../shared/contract';
import {
  PARTICIPANT_STATUS_LABELS,
  PARTICIPANT_STATUSES,
  ROSTER_SORT_LABELS,
  ROSTER_SORTS,
  type ParticipantStatus,
  type RosterSort,
} from '../../shared/domain/participant';
import { usePrivacyScreen } from '../privacy/PrivacyScreen';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { EmptyState, PageHeader } from '../ui/Page';
import { SearchField } from '../ui/SearchField';
import { Spinner } from '../ui/Spinner';
import { ImportCsv } from './ImportCsv';
import { InfluenceMap } from './InfluenceMap';
import { ROSTER_MESSAGES as M } from './messages';
import { INITIAL_VIEW, rosterCounts, rosterRows, type RosterView } from './model';
import { ParticipantPanel, type PanelMode } from './ParticipantPanel';
import { RosterList } from './RosterList';
import { useRoster } from './useRoster';
import './roster.css';

export interface RosterPageProps {
  readonly dialogue: DialogueView;
}

type Tab = 'list' | 'map';

/**
 * The roster of one dialogue: participants grouped by party, filtered as the facilitator types
 * (by main: case, accents and transliteration marks ignored), sorted, with a detail panel beside
 * the list, and the influence map. Under the privacy screen only codes and pseudonyms are shown —
 * and only they are fetched. Render it with `key={dialogue.id}`, so switching dialogues starts from
 * a fresh page.
 */
export function RosterPage({ dialogue }: RosterPageProps) {
  const privacy = usePrivacyScreen();
  const [view, setView] = useState<RosterView>(INITIAL_VIEW);
  // Sorting by name would show the order of names: under the privacy screen the list keeps its groups.
  const sort: RosterSort = privacy.on && view.sort === 'name' ? 'party' : view.sort;
  const { list, names, map, matches, error, reload } = useRoster(dialogue.id, sort, view.filter, privacy.on);
  const [tab, setTab] = useState<Tab>('list');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [panel, setPanel] = useState<PanelMode | null>(null);
  const [notice, setNotice] = useState('');
  const listElement = useRef<HTMLDivElement>(null);

  const rows = useMemo(
    () => rosterRows(list ?? [], dialogue.parties, view, matches),
    [list, dialogue.parties, view, matches],
  );
  const shownParticipants = useMemo(
    () => rows.flatMap((row) => (row.kind === 'participant' ? [row.participant] : [])),
    [rows],
  );
  const counts = rosterCounts(list ?? []);

  const closePanel = () => {
    setPanel(null);
    listElement.current?.focus();
  };
  const onSaved = (saved: ParticipantView) => {
    setPanel({ kind: 'edit', id: saved.id });
    setActiveId(saved.id);
    setNotice(M.saved(saved.speakerCode ?? '', saved.pseudonym));
    void reload();
  };
  const onPurged = (result: PurgeResult) => {
    setPanel(null);
    setNotice(M.purged);
    setActiveId(result.participant.id);
    void reload().then(() => listElement.current?.focus());
  };
  const setFilter = <K extends keyof RosterView>(key: K, value: RosterView[K]) =>
    setView((v) => ({ ...v, [key]: value }));
  const firstSide = dialogue.parties.find((party) => party.kind === 'side') ?? dialogue.parties[0];
  const startNew = () => {
    if (!firstSide) return;
    setTab('list');
    setPanel({ kind: 'new', partyId: view.partyId ?? firstSide.id });
  };
  const importCsv = (variant: 'primary' | 'secondary') => (
    <ImportCsv
      dialogueId={dialogue.id}
      variant={variant}
      onImported={(result) => {
        setNotice(M.imported(result.created.length));
        void reload();
      }}
    />
  );

  return (
    <div className="page roster">
      <PageHeader
        title={M.title}
        context={dialogue.codeName}
        description={
          <>
            {list === null ? M.loading : M.counts(counts)}
            {list !== null && matches !== null && ` · ${M.shown(shownParticipants.length)}`}
          </>
        }
        actions={
          <>
            <div className="segmented" role="group" aria-label={M.views}>
              <button
                type="button"
                aria-pressed={tab === 'list'}
                className="segmented__option"
                onClick={() => setTab('list')}
              >
                <List size={16} aria-hidden="true" /> {M.list}
              </button>
              <button
                type="button"
                aria-pressed={tab === 'map'}
                className="segmented__option"
                onClick={() => {
                  // A panel opened from the list is tied to the list: the map closes it.
                  setPanel(null);
                  setTab('map');
                }}
              >
                <MapIcon size={16} aria-hidden="true" /> {M.map}
              </button>
            </div>
            {list !== null && list.length > 0 && importCsv('secondary')}
            {firstSide && (
              <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={startNew}>
                {M.add}
              </Button>
            )}
          </>
        }
      />

      <div className="toolbar" role="search">
        <SearchField
          label={M.filter}
          placeholder={privacy.on ? M.filterPlaceholderPrivate : M.filterPlaceholder}
          value={view.filter}
          maxLength={200}
          onValueChange={(value) => setFilter('filter', value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              listElement.current?.focus();
            }
          }}
        />
        <SelectField
          label={M.filterParty}
          hideLabel
          options={[
            { value: '', label: M.allParties },
            ...dialogue.parties.map((party) => ({ value: party.id, label: party.name })),
          ]}
          value={view.partyId ?? ''}
          onValueChange={(value) => setFilter('partyId', value === '' ? null : value)}
        />
        <SelectField<ParticipantStatus | ''>
          label={M.filterStatus}
          hideLabel
          options={[
            { value: '', label: M.allStatuses },
            ...PARTICIPANT_STATUSES.map((value) => ({ value, label: PARTICIPANT_STATUS_LABELS[value] })),
          ]}
          value={view.status ?? ''}
          onValueChange={(value) => setFilter('status', value === '' ? null : value)}
        />
        <SelectField<RosterSort>
          label={M.sort}
          hideLabel
          options={ROSTER_SORTS.filter((value) => !(privacy.on && value === 'name')).map((value) => ({
            value,
            label: M.sortLabel(ROSTER_SORT_LABELS[value]),
          }))}
          value={sort}
          onValueChange={(value) => setFilter('sort', value)}
        />
      </div>

      <p className="notice" role="status">
        {notice}
      </p>
      {error && <ErrorBanner title={M.loadFailed} details={[error.message]} />}
      {list === null && !error && (
        <p className="loading">
          <Spinner /> {M.loading}
        </p>
      )}

      {list !== null && tab === 'list' && (
        <div className={`roster__body${panel ? ' roster__body--with-panel' : ''}`}>
          {list.length === 0 && !panel ? (
            <EmptyState
              title={M.emptyTitle}
              icon={<Users size={22} />}
              actions={
                <>
                  {firstSide && (
                    <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={startNew}>
                      {M.add}
                    </Button>
                  )}
                  {importCsv('secondary')}
                </>
              }
            >
              <p>{M.emptyBody}</p>
            </EmptyState>
          ) : rows.length === 0 ? (
            list.length > 0 && (
              <EmptyState title={M.noMatch}>
                <p>{privacy.on ? M.noMatchBodyPrivate : M.noMatchBody}</p>
              </EmptyState>
            )
          ) : (
            <RosterList
              ref={listElement}
              rows={rows}
              activeId={activeId}
              openId={panel?.kind === 'edit' ? panel.id : null}
              names={names}
              onActivate={setActiveId}
              onOpen={(id) => setPanel({ kind: 'edit', id })}
            />
          )}
          {panel && (
            <ParticipantPanel
              // One panel per participant: its draft — and any identity revealed in it — never
              // carries over to the next one opened.
              key={panel.kind === 'edit' ? panel.id : 'new'}
              dialogue={dialogue}
              mode={panel}
              onSaved={onSaved}
              onPurged={onPurged}
              onChanged={() => void reload()}
              onClose={closePanel}
            />
          )}
        </div>
      )}

      {list !== null && tab === 'map' && map && (
        <InfluenceMap parties={dialogue.parties} participants={shownParticipants} map={map} names={names} />
      )}
    </div>
  );
}
