import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRedactor,
  loadRedactionLexicon,
  type DocumentBlock,
  type Finding,
  type Redactor,
} from '../../../../shared/redaction';
import { DISGUISES, EMAIL_DISGUISES, IDENTITIES, PHONE_DISGUISES, PROSE, seeded, termsOf } from './corpus';

/**
 * Every identity of the corpus under every class of disguise that applies to it, planted in
 * ordinary prose: each must be found, and found as certain (an export refuses it, a sponsor report
 * replaces it). Three draws per class, so random positions and characters vary.
 */

let redactor: Redactor;
beforeAll(async () => {
  redactor = createRedactor(termsOf(IDENTITIES), { lexicon: await loadRedactionLexicon() });
});

/** The findings that overlap text planted at [start, end) of block `block`. */
function findingsAt(findings: readonly Finding[], block: number, start: number, end: number): Finding[] {
  return findings.filter((finding) => finding.parts.some((p) => p.block === block && p.start < end && start < p.end));
}

function plant(text: string, sentence: string): { blocks: DocumentBlock[]; start: number; end: number } {
  const before = `${sentence} As `;
  return {
    blocks: [{ where: 'The summary', text: `${before}${text} proposed, the wells stay shared.` }],
    start: before.length,
    end: before.length + text.length,
  };
}

describe('names and aliases, by class of disguise', () => {
  for (const disguise of DISGUISES) {
    describe(disguise.label, () => {
      for (const person of IDENTITIES) {
        for (const value of [person.name, ...(person.aliases ?? [])]) {
          const samples = [1, 2, 3]
            .map((seed) => disguise.apply(value, seeded(seed * 7919 + value.length)))
            .filter((sample): sample is string => sample !== null);
          if (samples.length === 0) continue;
          it(`finds ${person.id} (${person.script}) ${value === person.name ? 'by name' : 'by alias'}`, () => {
            samples.forEach((sample, i) => {
              const { blocks, start, end } = plant(sample, PROSE[i % PROSE.length]!);
              const found = findingsAt(redactor.scan(blocks), 0, start, end);
              expect(found.length, JSON.stringify(sample)).toBeGreaterThan(0);
              expect(
                found.some((f) => f.certainty === 'certain'),
                JSON.stringify(sample),
              ).toBe(disguise.certain);
            });
          });
        }
      }
    });
  }
});

describe('a name split across two fields, in reading order', () => {
  for (const person of IDENTITIES) {
    const parts = person.name.split(/\s+/u);
    if (parts.length < 2) continue;
    it(`finds ${person.id} with its words in two neighbouring blocks`, () => {
      const blocks = [
        { where: 'Item 1 (day 1, 09:00)', text: `Opening by ${parts.slice(0, -1).join(' ')}` },
        { where: 'Item 2 (day 1, 10:00)', text: `${parts.at(-1)} and the wells` },
      ];
      const certain = redactor.scan(blocks).filter((f) => f.certainty === 'certain');
      expect(certain.length).toBeGreaterThan(0);
      expect(certain[0]!.where).toBe('Item 1 (day 1, 09:00)');
      expect(certain[0]!.parts.map((p) => p.block)).toEqual([0, 1]);
      expect(certain[0]!.disguises).toContain('across-places');
    });
  }
});

describe('emails, however written', () => {
  for (const person of IDENTITIES.filter((p) => p.email)) {
    EMAIL_DISGUISES.forEach((disguise, i) => {
      const written = disguise(person.email!);
      it(`finds ${person.id}'s address written ${JSON.stringify(written)}`, () => {
        const { blocks, start, end } = plant(written, PROSE[i % PROSE.length]!);
        const found = findingsAt(redactor.scan(blocks), 0, start, end);
        expect(found.some((f) => f.certainty === 'certain')).toBe(true);
      });
    });
  }
});

describe('phones in any format and digits', () => {
  for (const person of IDENTITIES.filter((p) => p.phone)) {
    PHONE_DISGUISES.forEach((disguise, i) => {
      const written = disguise(person.phone!, seeded(i + 1));
      it(`finds ${person.id}'s number written ${JSON.stringify(written)}`, () => {
        const { blocks, start, end } = plant(written, PROSE[i % PROSE.length]!);
        const found = findingsAt(redactor.scan(blocks), 0, start, end);
        expect(found.some((f) => f.certainty === 'certain' && f.kind === 'phone')).toBe(true);
        // The finding covers the whole number, "+" and all, so a replacement leaves nothing of it.
        const [replaced] = redactor.replace(blocks, found, 'remove');
        expect(replaced!.text.replace(/[^\p{Nd}]/gu, '')).toBe('');
      });
    });
  }
});
