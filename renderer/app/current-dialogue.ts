import { useEffect, useState } from 'react';
import type { DialogueView } from '../../shared/contract';
import { attempt, useApi } from '../api';
import type { SectionId } from './navigation';
import { useSession } from './session';

export interface CurrentDialogue {
  /** Open (not archived) dialogues, most recently changed first. */
  readonly dialogues: readonly DialogueView[];
  readonly current: DialogueView | null;
  readonly choose: (id: string) => void;
}

/**
 * The dialogue the per-dialogue sections (roster, sessions, notes…) work on. Facilitators usually
 * keep one process per workspace, so the most recently changed open dialogue is chosen until they
 * pick another; the choice lives only in memory and is dropped with everything else on lock.
 */
export function useCurrentDialogue(section: SectionId): CurrentDialogue {
  const api = useApi();
  const { lockedElsewhere } = useSession();
  const [dialogues, setDialogues] = useState<readonly DialogueView[]>([]);
  const [chosenId, setChosenId] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void attempt(() => api.dialogue.list({})).then((result) => {
      if (!current) return;
      if (result.ok) setDialogues(result.value);
      else lockedElsewhere(result.error);
    });
    return () => {
      current = false;
    };
    // Reloaded on every move between sections: dialogues may have been created or renamed meanwhile.
  }, [api, lockedElsewhere, section]);

  const current = dialogues.find((d) => d.id === chosenId) ?? dialogues[0] ?? null;
  return { dialogues, current, choose: setChosenId };
}
