import { describe, expect, it } from 'vitest';
import { findReidentificationRisks, type RosterPerson } from '../../../../shared/redaction';

const PEOPLE: RosterPerson[] = [
  { side: 'Side A', role: 'Former general', affiliation: '' },
  { side: 'Side A', role: 'Teacher', affiliation: 'Valley School' },
  { side: 'Side A', role: 'Teacher', affiliation: '' },
  { side: 'Side A', role: 'Teacher', affiliation: '' },
  { side: 'Side B', role: 'Former general', affiliation: '' },
  { side: 'Side B', role: 'Former general', affiliation: '' },
  { side: 'Side B', role: 'Former general', affiliation: '' },
  { side: 'Side B', role: 'Imam', affiliation: '' },
  { side: 'Side C', role: 'Journalist', affiliation: '' },
];

const risks = (text: string, options = {}) =>
  findReidentificationRisks([{ where: 'Summary', text }], PEOPLE, options).map((risk) => ({
    kind: risk.kind,
    reason: risk.reason,
    text: text.slice(risk.parts[0]!.start, risk.parts.at(-1)!.end),
  }));

describe('re-identification warnings', () => {
  it('warn on a role fewer than k people of the side named nearby hold', () => {
    expect(risks('A former general from Side A spoke first.')).toContainEqual({
      kind: 'rare-descriptor',
      reason: 'a role or affiliation that fewer than 3 participants of Side A have',
      text: 'former',
    });
    // Three former generals on Side B hide each other.
    expect(risks('A former general from Side B spoke first.').filter((r) => r.kind === 'rare-descriptor')).toEqual([]);
  });

  it('warn on a role fewer than k people hold in all, reworded, and in another order', () => {
    expect(risks('the imam asked for a pause').map((r) => r.kind)).toContain('rare-descriptor');
    expect(risks('a teacher at the valley school').map((r) => r.kind)).toContain('rare-descriptor');
    expect(risks('teachers and parents').filter((r) => r.kind === 'rare-descriptor')).toEqual([]);
  });

  it('warn on words that single one person out', () => {
    expect(risks('The only woman in the room proposed it.').map((r) => r.kind)).toContain('singling-out');
    expect(risks('the sole cleric present').map((r) => r.kind)).toContain('singling-out');
    expect(risks('قال الممثل الوحيد').map((r) => r.kind)).toContain('singling-out');
    expect(risks('הנציג היחיד דיבר').map((r) => r.kind)).toContain('singling-out');
    expect(risks('the only way forward is together')).toEqual([]);
  });

  it('warn on ages and home towns, in several languages and digits', () => {
    for (const text of [
      'a 34-year-old engineer',
      'aged 61',
      'in her late sixties',
      'عمره ٤٥ عاما',
      'בן 52',
      'ему 40 лет',
      '۳۵ ساله',
    ]) {
      expect(
        risks(text).map((r) => r.kind),
        text,
      ).toContain('age');
    }
    for (const text of [
      'born in Hebron',
      'a native of the coast',
      'from the village of Ein Karem',
      'من مواليد القدس',
      'יליד חיפה',
      'уроженец Тбилиси',
    ]) {
      expect(
        risks(text).map((r) => r.kind),
        text,
      ).toContain('home-town');
    }
    expect(risks('we met at 10:30 for 45 minutes in the town hall')).toEqual([]);
  });

  it('warn where a side with fewer than k participants is named, unless asked not to', () => {
    expect(risks('Side C asked for more time.')).toContainEqual({
      kind: 'small-side',
      reason: 'a side with fewer than 3 participants, so what is said of it points to them',
      text: 'Side C',
    });
    expect(risks('Side C asked for more time.', { smallSides: false })).toEqual([]);
    expect(risks('Side B asked for more time.')).toEqual([]);
  });

  it('take k from the options', () => {
    expect(risks('A former general from Side B spoke first.', { k: 4 }).map((r) => r.kind)).toContain(
      'rare-descriptor',
    );
  });
});
