/**
 * The redaction engine, one for every export (DESIGN.md, "PDF and reports"; README, "How redaction
 * works and its limits").
 */
export { createRedactor, replaceFindings } from './redactor';
export type { Redactor, RedactorOptions, ReplacementStyle, ScanOptions } from './redactor';
export { loadRedactionLexicon } from './lexicon';
export type { RedactionLexicon } from './lexicon';
export type { DocumentBlock } from './tokens';
export type { Certainty, Disguise, Finding, FindingPart, SensitiveTerm, SensitiveTermKind } from './terms';
export { findReidentificationRisks } from './reidentification';
export type {
  ReidentificationKind,
  ReidentificationOptions,
  ReidentificationRisk,
  RosterPerson,
} from './reidentification';
export { nameWordsOf, safePhraseKey, safePhraseProblem } from './safe-phrases';
