import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRedactor, loadRedactionLexicon, type DocumentBlock, type Redactor } from '../../../../shared/redaction';
import { DISGUISES, IDENTITIES, PROSE, seeded, termsOf } from './corpus';

/**
 * A name planted anywhere in generated report content, under a random disguise of a random class,
 * is always found (as certain: an export refuses it), and replace mode leaves nothing of it.
 */

let redactor: Redactor;
beforeAll(async () => {
  redactor = createRedactor(termsOf(IDENTITIES), { lexicon: await loadRedactionLexicon() });
});

interface Planted {
  readonly blocks: DocumentBlock[];
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly sample: string;
}

const planted = fc
  .record({
    person: fc.constantFrom(...IDENTITIES),
    disguise: fc.constantFrom(...DISGUISES.filter((d) => d.certain)),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    sentences: fc.array(fc.constantFrom(...PROSE), { minLength: 1, maxLength: 6 }),
    where: fc.nat(),
    cut: fc.nat(),
    byAlias: fc.boolean(),
  })
  .map(({ person, disguise, seed, sentences, where, cut, byAlias }): Planted | null => {
    const value = byAlias && person.aliases?.length ? person.aliases[0]! : person.name;
    const sample = disguise.apply(value, seeded(seed));
    if (sample === null) return null;
    const blocks = sentences.map((text, i) => ({ where: `Section ${i + 1}`, text }));
    const block = where % blocks.length;
    // At a word boundary of the chosen block, with a space on each side.
    const text = blocks[block]!.text;
    const boundaries = [0, ...[...text.matchAll(/ /gu)].map((m) => m.index + 1), text.length];
    const at = boundaries[cut % boundaries.length]!;
    const before = `${text.slice(0, at)}${at > 0 && text[at - 1] !== ' ' ? ' ' : ''}`;
    const after = `${at < text.length ? ' ' : ''}${text.slice(at)}`;
    blocks[block] = { where: blocks[block]!.where, text: `${before}${sample}${after}` };
    return { blocks, block, start: before.length, end: before.length + sample.length, sample };
  })
  .filter((value): value is Planted => value !== null);

describe('a name planted anywhere, under any disguise', () => {
  it('is always found, as certain', () => {
    fc.assert(
      fc.property(planted, ({ blocks, block, start, end, sample }) => {
        const found = redactor
          .scan(blocks)
          .filter(
            (f) =>
              f.certainty === 'certain' && f.parts.some((p) => p.block === block && p.start < end && start < p.end),
          );
        expect(found.length, JSON.stringify(sample)).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('is gone once replaced, and nothing certain remains', () => {
    fc.assert(
      fc.property(planted, ({ blocks, sample }) => {
        const findings = redactor.scan(blocks).filter((f) => f.certainty === 'certain');
        const replaced = redactor.replace(blocks, findings, 'participant-with-side');
        const again = redactor.scan(replaced).filter((f) => f.certainty === 'certain');
        expect(again, JSON.stringify(sample)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
