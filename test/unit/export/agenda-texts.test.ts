import { describe, expect, it } from 'vitest';
import { agendaTexts } from '../../../main/export/agenda/agenda-texts';
import { agendaFixture, itemFixture } from './fixtures';

const agenda = agendaFixture({
  session: {
    title: 'Water sharing',
    venue: { id: 'v', name: 'Villa Moynier', city: 'Geneva', country: 'Switzerland' },
  },
  items: [
    itemFixture({
      id: 'a',
      position: 0,
      title: 'Opening plenary',
      topics: [
        { id: 't1', title: 'Aquifer quotas' },
        { id: 't2', title: 'Monitoring' },
      ],
      notes: 'Keep it short',
    }),
    itemFixture({
      id: 'b',
      position: 1,
      kind: 'caucus',
      title: 'Side meeting',
      caucusParty: { id: 'p', name: 'Upstream delegation' },
      notes: 'Ask about the dam',
      localStart: '10:00',
      localEnd: '11:00',
    }),
  ],
});

describe('agendaTexts', () => {
  it('lists the code name, session title, venue, every item title, topic and caucus party', () => {
    const texts = agendaTexts({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: false });
    const all = texts.map(({ text }) => text);
    expect(all).toContain('Cedar');
    expect(all).toContain('Water sharing');
    expect(
      all.some((text) => text.includes('Villa Moynier') && text.includes('Geneva') && text.includes('Switzerland')),
    ).toBe(true);
    for (const text of ['Opening plenary', 'Side meeting', 'Aquifer quotas', 'Monitoring', 'Upstream delegation']) {
      expect(all).toContain(text);
    }
    expect(texts.find(({ text }) => text === 'Side meeting')?.where).toBe('Item 2 (day 1, 10:00)');
    expect(texts.find(({ text }) => text === 'Aquifer quotas')?.where).toBe('A topic of item 1');
  });

  it('leaves the notes out unless they are printed', () => {
    const without = agendaTexts({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: false });
    expect(without.map(({ text }) => text)).not.toContain('Keep it short');
    expect(without.map(({ text }) => text)).not.toContain('Ask about the dam');

    const withNotes = agendaTexts({ agenda, dialogueCodeName: 'Cedar', includeItemNotes: true });
    expect(withNotes).toContainEqual({ where: 'The notes of item 1', text: 'Keep it short' });
    expect(withNotes).toContainEqual({ where: 'The notes of item 2', text: 'Ask about the dam' });
  });

  it('has no venue entry when the venue is not set', () => {
    const texts = agendaTexts({
      agenda: agendaFixture({ session: { venue: null } }),
      dialogueCodeName: 'Cedar',
      includeItemNotes: false,
    });
    expect(texts.some(({ where }) => where === 'The venue')).toBe(false);
  });
});
