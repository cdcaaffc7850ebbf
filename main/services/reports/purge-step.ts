import { REPORT_LIMITS } from '../../../shared/domain/report';
import { foldForMatch } from '../../../shared/text/fold';
import { ofDialogue, textPurgeStep, through } from '../purge-text';

/**
 * The reports' share of a participant purge: the sponsor report's written sections and the way a
 * risky session's venue is described may mention someone by name or code ("thanks to Dr Haddad…"),
 * and so may a profile's name. Those mentions become "[withdrawn participant]" inside the purge's
 * transaction; a profile name that then reads like another of the dialogue's gets a number.
 * Agreed statements are notes: the notes' step handles their text, and a statement whose note
 * changed is no longer agreed.
 */
export const reportsPurgeStep = textPurgeStep([
  {
    table: 'sponsor_report_texts',
    key: ['dialogue_id', 'section'],
    columns: [{ column: 'body', maxChars: REPORT_LIMITS.sectionChars }],
    rows: ofDialogue(),
  },
  {
    table: 'report_profiles',
    key: ['id'],
    columns: [{ column: 'name', maxChars: REPORT_LIMITS.profileNameChars }],
    unique: { column: 'name', key: 'name_key', within: ['dialogue_id'], fold: foldForMatch },
    rows: ofDialogue(),
  },
  {
    table: 'session_report_marks',
    key: ['session_id'],
    columns: [{ column: 'venue_label', maxChars: REPORT_LIMITS.venueLabelChars }],
    rows: through('session_id', 'sessions'),
  },
]);
