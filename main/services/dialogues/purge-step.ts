import { foldForMatch } from '../../../shared/text/fold';
import { ofDialogue, textPurgeStep } from '../purge-text';

/**
 * The dialogue's own description's share of a participant purge: its conflict and objectives, its
 * sponsors and root causes may name someone ("brokered by Haddad"). Those mentions become
 * "[withdrawn participant]"; a sponsor or root cause that then reads like another gets a number.
 */
export const dialoguesPurgeStep = textPurgeStep([
  {
    table: 'dialogues',
    key: ['id'],
    columns: [
      { column: 'conflict', maxChars: 200 },
      { column: 'objectives', maxChars: 20_000 },
    ],
    rows: ofDialogue('id'),
  },
  {
    table: 'dialogue_sponsors',
    key: ['dialogue_id', 'position'],
    columns: [{ column: 'name', maxChars: 160 }],
    unique: { column: 'name', key: 'name_key', within: ['dialogue_id'], fold: foldForMatch },
    rows: ofDialogue(),
  },
  {
    table: 'root_causes',
    key: ['id'],
    columns: [
      { column: 'title', maxChars: 200 },
      { column: 'description', maxChars: 4_000 },
    ],
    unique: { column: 'title', key: 'title_key', within: ['dialogue_id'], fold: foldForMatch },
    rows: ofDialogue(),
  },
]);
