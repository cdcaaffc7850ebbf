import type { DialogueStatus, PartyKind, TrackLevel } from '../../../shared/domain/dialogue';

export interface DialoguesTable {
  id: string;
  code_name: string;
  code_name_key: string;
  conflict: string;
  objectives: string;
  status: DialogueStatus;
  track_level: TrackLevel;
  started_on: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PartiesTable {
  id: string;
  dialogue_id: string;
  name: string;
  name_key: string;
  kind: PartyKind;
  position: number;
  created_at: string;
}

export interface DialogueTables {
  dialogues: DialoguesTable;
  parties: PartiesTable;
}
