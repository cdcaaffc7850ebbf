import { useEffect, useState } from 'react';
import type { SessionChecklistProgress } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { ProgressBadge } from './Badges';
import { MSG } from './messages';
import './exercises.css';

/** The session list's column heading. */
export const CHECKLISTS_COLUMN = MSG.sessionList.column;

/** Checklist progress per session of a dialogue, for the session list; reloaded when `key` changes. */
export function useChecklistProgress(dialogueId: string, key: unknown): ReadonlyMap<string, SessionChecklistProgress> {
  const api = useApi();
  const [progress, setProgress] = useState<ReadonlyMap<string, SessionChecklistProgress>>(new Map());
  useEffect(() => {
    let current = true;
    void attempt(() => api.exerciseRun.progress({ dialogueId })).then((result) => {
      if (current && result.ok) setProgress(new Map(result.value.map((entry) => [entry.sessionId, entry])));
    });
    return () => {
      current = false;
    };
  }, [api, dialogueId, key]);
  return progress;
}

/** One session's checklists in the list: "3/12" with a bar, or a dash when it has no exercise. */
export function ChecklistProgressCell({ progress }: { progress: SessionChecklistProgress | undefined }) {
  if (!progress || progress.total === 0) return <span className="muted">{MSG.sessionList.none}</span>;
  return <ProgressBadge progress={progress} label="" />;
}
