import { Map as MapIcon, List, Plus, Search } from 'lucide-react';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type {
  DialogueView,
  InfluenceMapView,
  ParleyError,
  ParticipantSummary,
  ParticipantView,
  PurgeResult,
} from '../../shared/contract';
import {
  PARTICIPANT_STATUS_LABELS,
  PARTICIPANT_STATUSES,
  ROSTER_SORT_LABELS,
  ROSTER_SORTS,
  type ParticipantStatus,
  type RosterSort,
} from '../../shared/domain/participant';
import { attempt, useApi } from '../api';
import { SessionContext } from '../app/session';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextField } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { InfluenceMap } from './InfluenceMap';
import { indexRoster, INITIAL_VIEW, rosterRows, type RosterView } from './model';
import { ParticipantPanel, type PanelMode } from './ParticipantPanel';
import { RosterList } from './RosterList';
import './roster.css';

export interface RosterPageProps {
  readonly dialogue: DialogueView;
}

type Tab = 'list' | 'map';

/**
 * The roster of one dialogue: participants grouped by party, filtered as the facilitator types
 * (case, accents and transliteration marks ignored), sorted, with a detail panel beside the list,
 * and the influence map. Names can be hidden (pseudonyms shown instead) when working in public.
 * Render it with `key={dialogue.id}`, so switching dialogues starts from a fresh page.
 */
export function RosterPage({ dialogue }: RosterPageProps) {
  const api = useApi();
  const session = useContext(SessionContext);
  const [error, setError] = useState<ParleyError | null>(null);
  const [list, setList] = useState<readonly ParticipantSummary[] | null>(null);
  const [map, setMap] = useState<InfluenceMapView | null>(null);
  const [view, setView] = useState<RosterView>(INITIAL_VIEW);
  const [hideNames, setHideNames] = useState(false);
  const [tab, setTab] = useState<Tab>('list');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [panel, setPanel] = useState<PanelMode | null>(null);
  const [notice, setNotice] = useState('');
  const listElement = useRef<HTMLDivElement>(null);

  // Loading sets state only once the answers are in (never synchronously inside the effect).
  const fetchRoster = useCallback(
    () =>
      Promise.all([
        attempt(() => api.participant.list({ dialogueId: dialogue.id })),
        attempt(() => api.participant.influenceMap({ dialogueId: dialogue.id })),
      ]),
    [api, dialogue.id],
  );
  const apply = useCallback(
    ([loaded, links]: Awaited<ReturnType<typeof fetchRoster>>) => {
      const failed = !loaded.ok ? loaded.error : !links.ok ? links.error : null;
      if (failed && session?.lockedElsewhere(failed)) return;
      setError(failed);
      if (loaded.ok) setList(loaded.value);
      if (links.ok) setMap(links.value);
    },
    [session],
  );
  const reload = useCallback(() => fetchRoster().then(apply), [fetchRoster, apply]);

  useEffect(() => {
    let current = true;
    void fetchRoster().then((results) => current && apply(results));
    return () => {
      current = false;
    };
  }, [fetchRoster, apply]);

  const keys = useMemo(() => indexRoster(list ?? []), [list]);
  const rows = useMemo(
    () => rosterRows(list ?? [], keys, dialogue.parties, view),
    [list, keys, dialogue.parties, view],
  );
  const shownParticipants = useMemo(
    () => rows.flatMap((row) => (row.kind === 'participant' ? [row.participant] : [])),
    [rows],
  );

  const closePanel = () => {
    setPanel(null);
    listElement.current?.focus();
  };
  const onSaved = (saved: ParticipantView) => {
    setPanel({ kind: 'edit', id: saved.id });
    setActiveId(saved.id);
    setNotice(`Saved ${saved.speakerCode ?? ''} ${saved.pseudonym}.`);
    void reload();
  };
  const onPurged = (result: PurgeResult) => {
    setPanel(null);
    setNotice('The participant’s identity was purged. A neutral “Withdrawn participant” entry keeps their place.');
    setActiveId(result.participant.id);
    void reload().then(() => listElement.current?.focus());
  };
  const setFilter = <K extends keyof RosterView>(key: K, value: RosterView[K]) =>
    setView((v) => ({ ...v, [key]: value }));
  const firstSide = dialogue.parties.find((party) => party.kind === 'side') ?? dialogue.parties[0];
  const total = list?.filter((p) => !p.purged).length ?? 0;

  return (
    <div className="roster">
      <header className="roster__header">
        <div>
          <h1 dir="auto">Roster · {dialogue.codeName}</h1>
          <p className="roster__count">
            {list === null ? 'Loading…' : `${total} participant${total === 1 ? '' : 's'}`}
            {list !== null && view.filter !== '' && ` · ${shownParticipants.length} shown`}
          </p>
        </div>
        <div className="roster__tabs" role="group" aria-label="Roster views">
          <button type="button" aria-pressed={tab === 'list'} className="tab" onClick={() => setTab('list')}>
            <List size={16} aria-hidden="true" /> List
          </button>
          <button type="button" aria-pressed={tab === 'map'} className="tab" onClick={() => setTab('map')}>
            <MapIcon size={16} aria-hidden="true" /> Influence map
          </button>
        </div>
        {firstSide && (
          <Button
            variant="primary"
            icon={<Plus size={16} aria-hidden="true" />}
            onClick={() => {
              setTab('list');
              setPanel({ kind: 'new', partyId: view.partyId ?? firstSide.id });
            }}
          >
            Add participant
          </Button>
        )}
      </header>

      <div className="roster__filters" role="search">
        <TextField
          label="Filter"
          hideLabel
          type="search"
          placeholder="Filter by name, alias, pseudonym or code"
          value={view.filter}
          maxLength={200}
          onChange={(event) => setFilter('filter', event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              listElement.current?.focus();
            }
          }}
          className="roster__search"
        />
        <Search size={16} className="roster__search-icon" aria-hidden="true" />
        <SelectField
          label="Filter by party"
          hideLabel
          options={[
            { value: '', label: 'All parties' },
            ...dialogue.parties.map((party) => ({ value: party.id, label: party.name })),
          ]}
          value={view.partyId ?? ''}
          onValueChange={(value) => setFilter('partyId', value === '' ? null : value)}
        />
        <SelectField<ParticipantStatus | ''>
          label="Filter by status"
          hideLabel
          options={[
            { value: '', label: 'All statuses' },
            ...PARTICIPANT_STATUSES.map((value) => ({ value, label: PARTICIPANT_STATUS_LABELS[value] })),
          ]}
          value={view.status ?? ''}
          onValueChange={(value) => setFilter('status', value === '' ? null : value)}
        />
        <SelectField<RosterSort>
          label="Sort"
          hideLabel
          options={ROSTER_SORTS.map((value) => ({ value, label: `Sort: ${ROSTER_SORT_LABELS[value]}` }))}
          value={view.sort}
          onValueChange={(value) => setFilter('sort', value)}
        />
        <label className="checkbox">
          <input type="checkbox" checked={hideNames} onChange={(event) => setHideNames(event.target.checked)} />
          Hide real names
        </label>
      </div>

      <p className="notice" role="status">
        {notice}
      </p>
      {error && <ErrorBanner title="The roster could not be loaded" details={[error.message]} />}
      {list === null && !error && (
        <p className="loading">
          <Spinner /> Loading the roster…
        </p>
      )}

      {list !== null && tab === 'list' && (
        <div className={`roster__body${panel ? ' roster__body--with-panel' : ''}`}>
          {rows.length === 0 ? (
            <div className="empty">
              <p className="empty__title">{list.length === 0 ? 'No participants yet' : 'Nobody matches the filter'}</p>
              <p>
                {list.length === 0
                  ? 'Add participants one by one, or import a spreadsheet with `parley roster import`.'
                  : 'Names, aliases, pseudonyms and codes are searched, ignoring case and accents.'}
              </p>
            </div>
          ) : (
            <RosterList
              ref={listElement}
              rows={rows}
              activeId={activeId}
              openId={panel?.kind === 'edit' ? panel.id : null}
              hideNames={hideNames}
              onActivate={setActiveId}
              onOpen={(id) => setPanel({ kind: 'edit', id })}
            />
          )}
          {panel && (
            <ParticipantPanel
              // One panel per participant: its draft must never carry over to the next one opened.
              key={panel.kind === 'edit' ? panel.id : 'new'}
              dialogue={dialogue}
              mode={panel}
              onSaved={onSaved}
              onPurged={onPurged}
              onClose={closePanel}
            />
          )}
        </div>
      )}

      {list !== null && tab === 'map' && map && (
        <InfluenceMap parties={dialogue.parties} participants={shownParticipants} map={map} hideNames={hideNames} />
      )}
    </div>
  );
}
