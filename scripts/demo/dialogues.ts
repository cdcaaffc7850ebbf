import type { InputOf, Contract, DialogueView } from '../../shared/contract';
import { DIALOGUE_STATUS_LABELS, TRACK_LEVEL_LABELS } from '../../shared/domain/dialogue';
import type { DemoStep } from './steps';

type NewDialogue = InputOf<Contract['dialogue.create']> & { archive?: boolean };

/** Three fictional processes: an active one, an exploratory one in Arabic, a paused and archived one. */
const DIALOGUES: readonly NewDialogue[] = [
  {
    codeName: 'Cedar',
    conflict: 'Water and grazing rights in the Varrow basin, between Upper Varrow and the Lowland Commons (fictional)',
    objectives: [
      '1. Build working relationships between people who have only met across a checkpoint.',
      "2. Map each side's needs and fears about the river, in their own words.",
      '3. Explore a joint basin commission that officials on both sides could take up.',
    ].join('\n'),
    status: 'active',
    trackLevel: '2',
    startedOn: '2024-03-11',
    parties: [
      { name: 'Northern delegation (Upper Varrow)', kind: 'side' },
      { name: 'Southern delegation (Lowland Commons)', kind: 'side' },
      { name: 'Facilitation team', kind: 'facilitation' },
    ],
  },
  {
    codeName: 'نخيل',
    conflict: 'Market-day disputes between the river and hill quarters of a fictional town',
    objectives: 'Find out whether elders of both quarters would meet for a shared meal and a walk-and-talk.',
    status: 'exploring',
    trackLevel: '3',
    parties: [
      { name: 'حي النهر', kind: 'side' },
      { name: 'حي التل', kind: 'side' },
      { name: 'Facilitation team', kind: 'facilitation' },
    ],
  },
  {
    codeName: 'Juniper',
    conflict: 'Fishing grounds around the Orrin Isles (fictional)',
    objectives: 'Paused after the second round; kept for its lessons on venue choice.',
    status: 'paused',
    trackLevel: '1.5',
    startedOn: '2022-09-05',
    parties: [
      { name: "Islanders' council", kind: 'side' },
      { name: 'Mainland fishing cooperatives', kind: 'side' },
      { name: 'Facilitation team', kind: 'facilitation' },
    ],
    archive: true,
  },
];

export const dialoguesStep: DemoStep = {
  name: 'dialogues',
  async run({ call, dialogues }) {
    const lines: string[] = [];
    for (const { archive, ...input } of DIALOGUES) {
      let made: DialogueView = await call('dialogue.create', input);
      if (archive) made = await call('dialogue.archive', { id: made.id, archived: true });
      dialogues.set(made.codeName, made);
      lines.push(
        `Dialogue “${made.codeName}” — ${DIALOGUE_STATUS_LABELS[made.status]}, ${TRACK_LEVEL_LABELS[made.trackLevel]}` +
          `${made.archived ? ', archived' : ''} — ${made.parties.map((p) => p.name).join(', ')}`,
      );
    }
    return lines;
  },
};
