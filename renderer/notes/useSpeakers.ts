import { useEffect, useState } from 'react';
import { attempt, useApi } from '../api';
import type { SpeakerOption } from './NoteEditor';

/**
 * The dialogue's speakers as the room knows them: codes only. The roster call returns more (names
 * among it); only id and code are kept, so no name is ever held by the notes screens.
 */
export function useSpeakers(dialogueId: string): readonly SpeakerOption[] {
  const api = useApi();
  const [speakers, setSpeakers] = useState<readonly SpeakerOption[]>([]);
  useEffect(() => {
    let current = true;
    void attempt(() => api.participant.list({ dialogueId, sort: 'code', includePurged: false })).then((result) => {
      if (!current || !result.ok) return;
      setSpeakers(result.value.flatMap((p) => (p.speakerCode && !p.purged ? [{ id: p.id, code: p.speakerCode }] : [])));
    });
    return () => {
      current = false;
    };
  }, [api, dialogueId]);
  return speakers;
}
