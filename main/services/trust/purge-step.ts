import { TRUST_LIMITS } from '../../../shared/domain/trust';
import { foldForMatch } from '../../../shared/text/fold';
import { ofDialogue, textPurgeStep, through } from '../purge-text';

/**
 * Trust readings' and the Overton window's share of a participant purge: a rationale may name
 * someone ("A2 and B1 walked together at dinner"), an option may carry a name ("the Haddad plan").
 * Those mentions become "[withdrawn participant]"; an option title that then reads like another
 * of its topic gets a number, as the facilitator would give it. Readings and placements themselves
 * are about sides, never people, and stay.
 */
export const trustPurgeStep = textPurgeStep([
  {
    table: 'trust_readings',
    key: ['session_id', 'party_a_id', 'party_b_id'],
    columns: [{ column: 'rationale', maxChars: TRUST_LIMITS.rationaleChars }],
    rows: ofDialogue(),
  },
  {
    table: 'topic_options',
    key: ['id'],
    columns: [{ column: 'title', maxChars: TRUST_LIMITS.optionTitleChars }],
    unique: { column: 'title', key: 'title_key', within: ['topic_id'], fold: foldForMatch },
    rows: through('topic_id', 'topics'),
  },
]);
