import { useCallback, useContext, useEffect, useState } from 'react';
import type { InfluenceMapView, ParleyError, ParticipantSummary } from '../../shared/contract';
import type { RosterSort } from '../../shared/domain/participant';
import { attempt, useApi } from '../api';
import { SessionContext } from '../app/session';

/** Waits this long after the last keystroke before asking main to filter. */
export const FILTER_DEBOUNCE_MS = 150;

export interface RosterData {
  /** The whole roster of the dialogue in the chosen order, without identities; null while loading. */
  readonly list: readonly ParticipantSummary[] | null;
  /** Real names by id: only while the privacy screen is off (never fetched while it is on). */
  readonly names: ReadonlyMap<string, string> | null;
  readonly map: InfluenceMapView | null;
  /** Ids main found for the filter; null without a filter. */
  readonly matches: ReadonlySet<string> | null;
  readonly error: ParleyError | null;
  readonly reload: () => Promise<void>;
}

/**
 * The roster page's data, asked of main as the page needs it. Filtering happens in main (names and
 * aliases never reach the window): as the facilitator types, and under the privacy screen on
 * pseudonyms and codes only. Names come only while they may be shown, and are dropped the moment
 * the privacy screen goes on.
 */
export function useRoster(dialogueId: string, sort: RosterSort, filter: string, privacyOn: boolean): RosterData {
  const api = useApi();
  const session = useContext(SessionContext);
  const [list, setList] = useState<readonly ParticipantSummary[] | null>(null);
  const [map, setMap] = useState<InfluenceMapView | null>(null);
  const [fetchedNames, setNames] = useState<ReadonlyMap<string, string> | null>(null);
  const [matches, setMatches] = useState<ReadonlySet<string> | null>(null);
  const [error, setError] = useState<ParleyError | null>(null);
  const [reloads, setReloads] = useState(0);

  const fail = useCallback(
    (failed: ParleyError) => {
      if (!session?.lockedElsewhere(failed)) setError(failed);
    },
    [session],
  );

  useEffect(() => {
    let current = true;
    void Promise.all([
      attempt(() => api.participant.list({ dialogueId, sort })),
      attempt(() => api.participant.influenceMap({ dialogueId })),
    ]).then(([loaded, links]) => {
      if (!current) return;
      if (loaded.ok) setList(loaded.value);
      if (links.ok) setMap(links.value);
      const failed = !loaded.ok ? loaded.error : !links.ok ? links.error : null;
      if (failed) fail(failed);
      else setError(null);
    });
    return () => {
      current = false;
    };
  }, [api, dialogueId, sort, reloads, fail]);

  useEffect(() => {
    if (privacyOn) return;
    let current = true;
    void attempt(() => api.participant.names({ dialogueId })).then((result) => {
      if (!current) return;
      if (result.ok) setNames(new Map(result.value.map((p) => [p.id, p.realName])));
      else fail(result.error);
    });
    return () => {
      current = false;
      // Whatever happens next (privacy screen on, another dialogue), the names go with this effect.
      setNames(null);
    };
  }, [api, dialogueId, privacyOn, reloads, fail]);

  const terms = filter.trim();
  useEffect(() => {
    if (terms === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void attempt(() => api.participant.list({ dialogueId, filter: terms, searchIdentities: !privacyOn, sort })).then(
        (result) => {
          if (!current) return;
          if (result.ok) setMatches(new Set(result.value.map((p) => p.id)));
          else fail(result.error);
        },
      );
    }, FILTER_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, dialogueId, terms, privacyOn, sort, reloads, fail]);

  const reload = useCallback(async () => setReloads((n) => n + 1), []);
  return {
    list,
    names: privacyOn ? null : fetchedNames,
    map,
    matches: terms === '' ? null : matches,
    error,
    reload,
  };
}
