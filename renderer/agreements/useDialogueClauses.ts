import { useEffect, useState } from 'react';
import type { DraftView } from '../../shared/contract';
import { attempt, useApi } from '../api';

/** Every draft of a dialogue with its clauses, for the pickers that link to a clause. */
export function useDialogueClauses(dialogueId: string): readonly DraftView[] {
  const api = useApi();
  const [drafts, setDrafts] = useState<readonly DraftView[]>([]);
  useEffect(() => {
    let current = true;
    void (async () => {
      const listed = await attempt(() => api.draft.list({ dialogueId }));
      if (!listed.ok || !current) return;
      const full: DraftView[] = [];
      for (const summary of listed.value) {
        const one = await attempt(() => api.draft.get({ id: summary.id }));
        if (one.ok) full.push(one.value);
      }
      if (current) setDrafts(full);
    })();
    return () => {
      current = false;
    };
  }, [api, dialogueId]);
  return drafts;
}

/** A clause's first words for a picker. */
export const clauseGist = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
