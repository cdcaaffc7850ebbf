import { sql } from 'kysely';
import { EXERCISE_LIMITS } from '../../../shared/domain/exercise';
import { foldForMatch } from '../../../shared/text/fold';
import { ofEveryRow, textPurgeStep, through, type TextTable } from '../purge-text';

const ofRuns = (dialogueId: string) =>
  sql`run_id IN (SELECT r.id FROM exercise_runs r JOIN sessions s ON s.id = r.session_id WHERE s.dialogue_id = ${dialogueId})`;
const ranIn = (dialogueId: string) =>
  sql`SELECT r.exercise_id FROM exercise_runs r JOIN sessions s ON s.id = r.session_id WHERE s.dialogue_id = ${dialogueId}`;

/** Custom exercises' own text: those the dialogue ran, or the whole library. */
function customExercises(scope: 'ran' | 'library'): readonly TextTable[] {
  const library = scope === 'library';
  const rows = (column: string) =>
    library ? ofEveryRow : (dialogueId: string) => sql`${sql.ref(column)} IN (${ranIn(dialogueId)})`;
  return [
    {
      table: 'exercises',
      key: ['id'],
      columns: [
        { column: 'name', maxChars: EXERCISE_LIMITS.nameChars },
        { column: 'purpose', maxChars: EXERCISE_LIMITS.purposeChars },
        { column: 'materials', maxChars: EXERCISE_LIMITS.materialsChars },
        { column: 'interpretation', maxChars: EXERCISE_LIMITS.interpretationChars },
      ],
      unique: { column: 'name', key: 'name_key', within: [], fold: foldForMatch },
      rows: rows('id'),
      library,
    },
    {
      table: 'exercise_flags',
      key: ['exercise_id', 'flag'],
      columns: [{ column: 'caution', maxChars: EXERCISE_LIMITS.cautionChars }],
      rows: rows('exercise_id'),
      library,
    },
    {
      table: 'exercise_steps',
      key: ['exercise_id', 'phase', 'position'],
      columns: [{ column: 'text', maxChars: EXERCISE_LIMITS.stepChars }],
      rows: rows('exercise_id'),
      library,
    },
  ];
}

/**
 * The exercise runs' share of a participant purge: runs never record who took part (counts per
 * side only), but an observation, the word for how it landed or a checklist step may mention
 * someone by code or name ("B2 left the room"). Those mentions in the dialogue's runs become
 * "[withdrawn participant]", matched as notes are (case, accents and harakat ignored, whole words
 * only), and so do they in the custom exercises the dialogue ran. Any other custom exercise, being
 * the facilitator's library for every dialogue, loses the person's name and aliases (a speaker
 * code means someone else in another dialogue).
 */
export const exercisesPurgeStep = textPurgeStep([
  {
    table: 'exercise_observations',
    key: ['id'],
    columns: [{ column: 'body', maxChars: EXERCISE_LIMITS.observationChars }],
    rows: ofRuns,
  },
  {
    table: 'exercise_runs',
    key: ['id'],
    columns: [{ column: 'landed_word', maxChars: EXERCISE_LIMITS.landedWordChars }],
    rows: through('session_id', 'sessions'),
  },
  {
    table: 'exercise_run_steps',
    key: ['run_id', 'phase', 'position'],
    columns: [{ column: 'text', maxChars: EXERCISE_LIMITS.stepChars }],
    rows: ofRuns,
  },
  ...customExercises('ran'),
  ...customExercises('library'),
]);
