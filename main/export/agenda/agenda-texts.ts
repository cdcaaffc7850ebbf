import type { ExportedText } from '../leak-guard';
import type { AgendaReportData } from './agenda-document';

/**
 * Every piece of typed text the agenda PDF prints, with where it sits, in the order it is read on
 * the page (so a name split across two fields is two neighbouring words for the redaction check):
 * the dialogue's code name, the session's title and venue, then each item's title, caucus side,
 * topics and (when printed) notes and exercise checklist (a custom exercise's steps are typed by
 * the facilitator).
 */
export function agendaTexts({
  agenda,
  dialogueCodeName,
  includeItemNotes,
  exercises,
}: AgendaReportData): ExportedText[] {
  const { session } = agenda;
  const texts: ExportedText[] = [
    { where: 'The dialogue’s code name', text: dialogueCodeName },
    { where: 'The session title', text: session.title },
  ];
  if (session.venue) {
    texts.push({
      where: 'The venue',
      text: [session.venue.name, session.venue.city, session.venue.country].join(', '),
    });
  }
  const inReadingOrder = [...agenda.items].sort((a, b) => a.day - b.day || a.position - b.position);
  for (const item of inReadingOrder) {
    const where = `Item ${item.position + 1} (day ${item.day + 1}, ${item.localStart})`;
    texts.push({ where, text: item.title });
    if (item.caucusParty) texts.push({ where, text: item.caucusParty.name });
    for (const topic of item.topics) texts.push({ where: `A topic of item ${item.position + 1}`, text: topic.title });
    if (includeItemNotes) texts.push({ where: `The notes of item ${item.position + 1}`, text: item.notes });
    const exercise = exercises?.get(item.id);
    if (exercise && includeItemNotes) {
      texts.push({ where: `The exercise of item ${item.position + 1}`, text: exercise.name });
      for (const part of exercise.checklist) {
        for (const step of part.steps) {
          texts.push({ where: `The checklist of item ${item.position + 1}`, text: step.text });
        }
      }
    }
  }
  return texts;
}
