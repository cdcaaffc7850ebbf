import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATE_IDS, BUILT_IN_TEMPLATES, builtInTemplate } from '../../../../shared/agenda/templates';
import { AGENDA_ITEM_KINDS, AGENDA_LIMITS } from '../../../../shared/domain/session';

describe('built-in agenda templates', () => {
  it('has the Kelman workshop in its four stages, in order, over two days with breaks and meals', () => {
    const kelman = builtInTemplate('builtin:kelman')!;
    const titles = kelman.items.map((item) => item.title);
    const stage = (word: RegExp) => titles.findIndex((title) => word.test(title));
    const stages = [
      /^Needs and fears: first/,
      /^Needs and fears: second/,
      /^Joint thinking/,
      /^Constraints/,
      /^Overcoming constraints/,
    ];
    const indexes = stages.map(stage);
    expect(indexes.every((index) => index >= 0)).toBe(true);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    expect(kelman.items.find((item) => item.title.startsWith('Joint thinking'))!.notes).toMatch(/no “it won’t work”/);
    expect(new Set(kelman.items.map((item) => item.day))).toEqual(new Set([0, 1]));
    expect(kelman.items.some((item) => item.kind === 'break')).toBe(true);
    expect(kelman.items.some((item) => item.kind === 'meal')).toBe(true);
  });

  it('has the five stages of Sustained Dialogue and a plain retreat day', () => {
    const sd = builtInTemplate('builtin:sustained-dialogue')!;
    expect(sd.items.filter((item) => /^Stage \d/.test(item.title)).map((item) => item.title.slice(0, 7))).toEqual([
      'Stage 1',
      'Stage 2',
      'Stage 3',
      'Stage 4',
      'Stage 5',
    ]);
    expect(builtInTemplate('builtin:retreat-day')!.items.length).toBeGreaterThan(5);
    expect(builtInTemplate('builtin:nope')).toBeUndefined();
  });

  it('keeps every built-in item within the limits the contract enforces, with no people in it', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATE_IDS]);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.builtIn).toBe(true);
      let lastDay = 0;
      for (const item of template.items) {
        expect(AGENDA_ITEM_KINDS).toContain(item.kind);
        expect(item.kind).not.toBe('caucus');
        expect(item.plannedMinutes).toBeGreaterThanOrEqual(AGENDA_LIMITS.minItemMinutes);
        expect(item.plannedMinutes).toBeLessThanOrEqual(AGENDA_LIMITS.maxItemMinutes);
        expect(item.title.length).toBeLessThanOrEqual(200);
        expect(['none', 'facilitator']).toContain(item.lead);
        expect(item.day).toBeGreaterThanOrEqual(lastDay);
        lastDay = item.day;
      }
    }
  });
});
