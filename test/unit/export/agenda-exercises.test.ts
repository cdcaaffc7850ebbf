import { describe, expect, it } from 'vitest';
import { agendaReport, type AgendaExercise } from '../../../main/export/agenda/agenda-document';
import { agendaTexts } from '../../../main/export/agenda/agenda-texts';
import { VOLUNTARY_LINE } from '../../../shared/domain/exercise';
import { agendaFixture, itemFixture } from './fixtures';

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

const hopes: AgendaExercise = {
  name: 'Hopes and fears',
  personalSharing: true,
  checklist: [
    {
      phase: 'prepare',
      steps: [
        { text: 'Cards in two colours', done: true },
        { text: 'Agree who reads the cards', done: false },
      ],
    },
    { phase: 'room', steps: [{ text: 'Say aloud that anyone may write nothing', done: false }] },
    { phase: 'aftercare', steps: [] },
  ],
};
const meal: AgendaExercise = { name: 'Shared meal', personalSharing: false, checklist: [] };

const agenda = agendaFixture({
  items: [
    itemFixture({ id: 'a', kind: 'exercise', title: 'Hopes and fears' }),
    itemFixture({
      id: 'b',
      position: 1,
      kind: 'meal',
      title: 'Lunch together',
      localStart: '10:00',
      localEnd: '11:00',
    }),
  ],
});
const exercises = new Map([
  ['a', hopes],
  ['b', meal],
]);

describe('exercises in the agenda PDF', () => {
  it('says under an exercise that asks for personal sharing that taking part is voluntary, in the participants’ copy', () => {
    const { html } = agendaReport({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: false, exercises }, '');
    const text = textOf(html);
    expect(text.split(VOLUNTARY_LINE)).toHaveLength(2);
    // Under the hopes-and-fears item, not the meal.
    expect(text.indexOf(VOLUNTARY_LINE)).toBeGreaterThan(text.indexOf('Hopes and fears'));
    expect(text.indexOf(VOLUNTARY_LINE)).toBeLessThan(text.indexOf('Lunch together'));
    // The checklist is the facilitator's, never the participants'.
    expect(text).not.toContain('Cards in two colours');
    expect(text).not.toContain('Checklist');
  });

  it('adds the checklist in its three parts to the facilitator’s copy, ticked steps marked done', () => {
    const { html } = agendaReport({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: true, exercises }, '');
    const text = textOf(html);
    expect(text).toContain(VOLUNTARY_LINE);
    expect(text).toContain('Checklist: Hopes and fears');
    expect(text).toMatch(
      /Prepare.*Cards in two colours \(done\).*Agree who reads the cards.*In the room.*anyone may write nothing/s,
    );
    expect(text).not.toContain('After-care');
    expect(html).toContain('<li class="done"><span class="box"');
  });

  it('checks the printed checklist against the roster in the facilitator’s copy only', () => {
    const participants = agendaTexts({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: false, exercises });
    expect(participants.map((t) => t.text)).not.toContain('Cards in two colours');
    const facilitator = agendaTexts({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: true, exercises });
    expect(facilitator).toContainEqual({ where: 'The checklist of item 1', text: 'Agree who reads the cards' });
  });
});
