import type { ChecklistPhase, ExerciseAgendaKind, ExerciseFlag, ExerciseStage } from '../../../shared/domain/exercise';
import type { NoteLevel } from '../../../shared/domain/note';
import type { CheckInChannel, OvertonLevel } from '../../../shared/domain/trust';
import type { Flag } from './roster';

/** The facilitator's own exercises (built-ins live in the code). See migration 005. */
export interface ExercisesTable {
  id: string;
  name: string;
  name_key: string;
  purpose: string;
  stage: ExerciseStage;
  agenda_kind: ExerciseAgendaKind;
  min_minutes: number;
  max_minutes: number;
  min_people: number;
  max_people: number | null;
  materials: string;
  interpretation: string;
  duplicated_from: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExerciseFlagsTable {
  exercise_id: string;
  flag: ExerciseFlag;
  caution: string;
}

export interface ExerciseStepsTable {
  exercise_id: string;
  phase: ChecklistPhase;
  position: number;
  text: string;
}

export interface ExerciseRunsTable {
  id: string;
  session_id: string;
  agenda_item_id: string;
  exercise_id: string | null;
  builtin_exercise: string | null;
  landed: number | null;
  landed_word: string;
  created_at: string;
  updated_at: string;
}

export interface ExerciseRunStepsTable {
  run_id: string;
  phase: ChecklistPhase;
  position: number;
  text: string;
  done_at: string | null;
}

export interface ExerciseRunCountsTable {
  run_id: string;
  party_id: string;
  took_part: number | null;
  opted_out: number | null;
}

export interface ExerciseObservationsTable {
  id: string;
  run_id: string;
  level: NoteLevel;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface TrustReadingsTable {
  dialogue_id: string;
  session_id: string;
  party_a_id: string;
  party_b_id: string;
  rating: number;
  informal_contact: Flag;
  humour: Flag;
  first_names: Flag;
  joint_proposals: Flag;
  walk_out: Flag;
  hostile_incident: Flag;
  rationale: string;
  created_at: string;
  updated_at: string;
}

export interface TopicOptionsTable {
  id: string;
  topic_id: string;
  title: string;
  title_key: string;
  added_in_session_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OptionPlacementsTable {
  option_id: string;
  session_id: string;
  dialogue_id: string;
  party_id: string;
  level: OvertonLevel;
  updated_at: string;
}

export interface AftercareCheckinsTable {
  id: string;
  dialogue_id: string;
  participant_id: string;
  session_id: string | null;
  due_on: string;
  done_on: string | null;
  channel: CheckInChannel | null;
  concern: string;
  follow_up: string;
  created_at: string;
  updated_at: string;
}

export interface TrustBuildingTables {
  exercises: ExercisesTable;
  exercise_flags: ExerciseFlagsTable;
  exercise_steps: ExerciseStepsTable;
  exercise_runs: ExerciseRunsTable;
  exercise_run_steps: ExerciseRunStepsTable;
  exercise_run_counts: ExerciseRunCountsTable;
  exercise_observations: ExerciseObservationsTable;
  trust_readings: TrustReadingsTable;
  topic_options: TopicOptionsTable;
  option_placements: OptionPlacementsTable;
  aftercare_checkins: AftercareCheckinsTable;
}
