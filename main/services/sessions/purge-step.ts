import { AGENDA_TEXT_LIMITS } from '../../../shared/contract/agenda';
import { SESSION_TEXT_LIMITS } from '../../../shared/contract/session';
import { VENUE_TEXT_LIMITS } from '../../../shared/contract/venue';
import { foldForMatch } from '../../../shared/text/fold';
import type { PurgeStep } from '../purge';
import { ofDialogue, ofEveryRow, textPurgeStep, through } from '../purge-text';

const mentions = textPurgeStep([
  {
    table: 'venues',
    key: ['id'],
    columns: [
      { column: 'name', maxChars: VENUE_TEXT_LIMITS.name },
      { column: 'city', maxChars: VENUE_TEXT_LIMITS.place },
      { column: 'country', maxChars: VENUE_TEXT_LIMITS.place },
      { column: 'suitability', maxChars: VENUE_TEXT_LIMITS.notes },
      { column: 'comfort_notes', maxChars: VENUE_TEXT_LIMITS.notes },
      { column: 'discretion_notes', maxChars: VENUE_TEXT_LIMITS.notes },
    ],
    unique: { column: 'name', key: 'name_key', within: ['dialogue_id'], fold: foldForMatch },
    rows: ofDialogue(),
  },
  {
    table: 'venue_separations',
    key: ['venue_id', 'position'],
    columns: [{ column: 'note', maxChars: VENUE_TEXT_LIMITS.separationNote }],
    rows: through('venue_id', 'venues'),
  },
  {
    table: 'sessions',
    key: ['id'],
    columns: [
      { column: 'title', maxChars: SESSION_TEXT_LIMITS.title },
      { column: 'objectives', maxChars: SESSION_TEXT_LIMITS.objectives },
      { column: 'outcome_summary', maxChars: SESSION_TEXT_LIMITS.outcomeSummary },
    ],
    rows: ofDialogue(),
  },
  {
    table: 'agenda_items',
    key: ['id'],
    columns: [
      { column: 'title', maxChars: AGENDA_TEXT_LIMITS.itemTitle },
      { column: 'notes', maxChars: AGENDA_TEXT_LIMITS.itemNotes },
    ],
    rows: through('session_id', 'sessions'),
  },
  {
    table: 'topics',
    key: ['id'],
    columns: [{ column: 'title', maxChars: AGENDA_TEXT_LIMITS.topicTitle }],
    unique: { column: 'title', key: 'title_key', within: ['dialogue_id'], fold: foldForMatch },
    rows: ofDialogue(),
  },
  // The facilitator's own templates serve every dialogue: they lose names, not a dialogue's codes.
  {
    table: 'agenda_templates',
    key: ['id'],
    columns: [
      { column: 'name', maxChars: AGENDA_TEXT_LIMITS.templateName },
      { column: 'description', maxChars: AGENDA_TEXT_LIMITS.templateDescription },
    ],
    unique: { column: 'name', key: 'name_key', within: [], fold: foldForMatch },
    rows: ofEveryRow,
    library: true,
  },
  {
    table: 'agenda_template_items',
    key: ['template_id', 'position'],
    columns: [
      { column: 'title', maxChars: AGENDA_TEXT_LIMITS.itemTitle },
      { column: 'notes', maxChars: AGENDA_TEXT_LIMITS.itemNotes },
    ],
    rows: ofEveryRow,
    library: true,
  },
]);

/**
 * The sessions' share of a participant purge. An item they were to lead keeps "led by a
 * participant" but loses the link, so nothing in a session points at them any more (views show
 * "withdrawn participant"). Attendance rows stay: they hold no identity once the roster row is
 * cleared, and the count of who attended is part of the record of a session. Mentions of them in
 * the text of venues, sessions, agenda items and topics become "[withdrawn participant]" (a title
 * that then reads like another gets a number), and their names leave the agenda templates.
 */
export const sessionsPurgeStep: PurgeStep = async (trx, participantId) => {
  await trx
    .updateTable('agenda_items')
    .set({ lead_participant_id: null })
    .where('lead_participant_id', '=', participantId)
    .execute();
  await mentions(trx, participantId);
};
