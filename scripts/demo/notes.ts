import { randomUUID } from 'node:crypto';
import type { AgendaView, NoteTagInput } from '../../shared/contract';
import type { NoteKind, NoteLevel } from '../../shared/domain/note';
import type { DemoContext, DemoStep } from './steps';

/**
 * Notes of the fictional Cedar dialogue, as a facilitator types them in the room: short, with
 * speaker codes (never names), in English, Arabic and Hebrew, some in Markdown, one verbatim quote
 * and one caucus note that only the northern delegation's caucus view shows. The river, the
 * grazing land and every place are invented. Runs after the sessions step (it needs Cedar's
 * sessions and agendas) and the roster step (speaker codes).
 */

interface DemoNote {
  readonly session: number;
  /** The agenda item whose title starts with this; none: the note is taken outside the agenda. */
  readonly item?: string;
  readonly speaker?: string;
  readonly level?: NoteLevel;
  readonly kind?: NoteKind;
  readonly caucus?: 'north';
  readonly topics?: readonly string[];
  readonly free?: readonly string[];
  readonly body: string;
}

const NOTES: readonly DemoNote[] = [
  {
    session: 1,
    body: 'Both delegations arrived by noon. **Tension** at the first coffee; eased after the walk by the mill race.',
  },
  {
    session: 1,
    speaker: 'A1',
    body: 'A1 opened with the river: “for us the water question comes before any talk of borders”.',
    free: ['water'],
  },
  {
    session: 1,
    speaker: 'B2',
    body: 'قال B2 إنّ المياه ليست ملكًا لأحد، وإنّ الحديث عن الحصص يجب أن يبدأ من حاجات القرى الصغيرة.',
    free: ['water'],
  },
  {
    session: 1,
    level: 'facilitator',
    body: 'Note to self: seat A3 and B1 together at dinner tomorrow — both mentioned grandchildren.',
  },
  {
    session: 2,
    item: 'Needs and fears',
    speaker: 'B1',
    body: 'B1: היא אמרה שהפחד הגדול ביותר הוא שהבארות ייבשו לפני שיהיה הסכם. \n\nThen, in English: “we cannot wait for the lawyers”.',
  },
  {
    session: 2,
    item: 'Needs and fears',
    speaker: 'A2',
    body: '- Grazing rights on the eastern slope\n- Access to the old market on feast days\n- *Recognition* that the 1998 displacement happened',
  },
  {
    session: 2,
    item: 'Joint thinking',
    speaker: 'A1',
    topics: ['Water sharing'],
    body: 'A1 floated a **joint basin commission** with rotating chair. B2 did not reject it — asked who would fund the gauges.',
  },
  {
    session: 2,
    item: 'Joint thinking',
    speaker: 'B2',
    kind: 'quote',
    level: 'facilitator',
    topics: ['Water sharing'],
    body: '“If the commission counts every litre, my village will believe it. If it counts in the capital, nobody will.”',
  },
  {
    session: 2,
    item: 'Joint thinking',
    topics: ['Grazing rights'],
    level: 'sponsor',
    body: 'Options now on the table: seasonal grazing corridors; a shared veterinary post; herders’ liaison committee.',
  },
  {
    session: 2,
    item: 'Caucus with the northern',
    caucus: 'north',
    speaker: 'A3',
    body: 'Caucus: A3 says the delegation can accept a rotating chair **only** if the first term is theirs. Red line — do not raise in plenary.',
  },
  {
    session: 2,
    item: 'Overcoming constraints',
    speaker: 'B3',
    body: 'قال B3: «الماء حقٌّ للجميع» — proverb quoted to close the afternoon; laughter on both sides.',
  },
  {
    session: 3,
    level: 'facilitator',
    body: 'Prep: reread the commission draft; ask A1 and B2 to present it **together** this time.',
  },
];

export const notesStep: DemoStep = {
  name: 'notes',
  async run({ call, dialogues }: DemoContext) {
    const cedar = dialogues.get('Cedar');
    if (!cedar) return [];
    const sessions = await call('session.list', { dialogueId: cedar.id });
    const agendas = new Map<number, AgendaView>();
    for (const session of sessions) agendas.set(session.number, await call('agenda.get', { sessionId: session.id }));
    const roster = await call('participant.list', { dialogueId: cedar.id, includePurged: false });
    const codes = new Map(roster.flatMap((p) => (p.speakerCode ? [[p.speakerCode, p.id] as const] : [])));
    const topics = new Map(
      (await call('agenda.topics', { dialogueId: cedar.id })).map((topic) => [topic.title, topic.id] as const),
    );
    const north = cedar.parties.find((party) => party.kind === 'side');

    let saved = 0;
    let caucus = 0;
    for (const note of NOTES) {
      const agenda = agendas.get(note.session);
      if (!agenda) continue;
      const item = note.item ? agenda.items.find((candidate) => candidate.title.startsWith(note.item!)) : undefined;
      const tags: NoteTagInput[] = [
        ...(note.topics ?? []).flatMap((title) => {
          const id = topics.get(title);
          return id ? [{ kind: 'topic' as const, id }] : [];
        }),
        ...(note.free ?? []).map((label) => ({ kind: 'free' as const, label })),
      ];
      await call('note.save', {
        id: randomUUID(),
        sessionId: agenda.session.id,
        agendaItemId: item?.id ?? null,
        speakerId: note.speaker ? (codes.get(note.speaker) ?? null) : null,
        ...(note.level ? { level: note.level } : {}),
        ...(note.kind ? { kind: note.kind } : {}),
        ...(note.caucus && north ? { caucusPartyId: north.id } : {}),
        body: note.body,
        tags,
      });
      saved += 1;
      if (note.caucus) caucus += 1;
    }
    return [
      `Notes of “${cedar.codeName}” — ${saved} notes in English, Arabic and Hebrew across ${agendas.size} sessions ` +
        `(${caucus} caucus note, 1 verbatim quote), attributed by speaker code`,
    ];
  },
};
