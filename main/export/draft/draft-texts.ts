import type { DraftReportData } from '../../services/agreements/report';
import type { ExportedText } from '../leak-guard';

/**
 * Every piece of typed text a draft PDF prints, with where it sits, for the roster check: the
 * code name, title, side names and every clause; in the facilitator's copy also the purpose, the
 * version's note, each rationale, each hold and each package note.
 */
export function draftTexts(data: DraftReportData): ExportedText[] {
  const texts: ExportedText[] = [
    { where: 'The dialogue’s code name', text: data.dialogueCodeName },
    { where: 'The draft’s title', text: data.title },
  ];
  for (const side of data.sides) texts.push({ where: 'The name of a side', text: side.name });
  for (const clause of data.clauses) texts.push({ where: `Clause ${clause.number}`, text: clause.text });
  if (!data.facilitatorCopy) return texts;
  texts.push({ where: 'The draft’s purpose', text: data.purpose });
  if (data.version) texts.push({ where: `The note of version ${data.version.number}`, text: data.version.note });
  const sideName = (id: string) => data.sides.find((side) => side.id === id)?.name ?? 'a side';
  for (const clause of data.clauses) {
    for (const stance of clause.stances) {
      texts.push({
        where: `Clause ${clause.number}, the rationale of ${sideName(stance.partyId)}`,
        text: stance.rationale,
      });
    }
    for (const hold of clause.holds) {
      texts.push({ where: `Clause ${clause.number}, a hold`, text: `${hold.anchorText} ${hold.label}` });
    }
  }
  for (const decision of data.packages) {
    texts.push({ where: `The package decision of ${sideName(decision.partyId)}`, text: decision.note });
  }
  return texts;
}
