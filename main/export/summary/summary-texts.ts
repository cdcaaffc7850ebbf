import type { SessionSummaryData, SummaryNoteGroup } from '../../services/reports/summary-data';
import type { ExportedText } from '../leak-guard';

/**
 * Every piece of typed text the session summary prints, with where it sits, in reading order: the
 * code name, the session's title, venue, objectives and outcome; side names; item titles; every
 * note and its tags; caucus notes under their party; exercise names, words and observations; trust
 * rationales; commitments. Speaker codes are printed on purpose and are not part of the check.
 */
export function summaryTexts(data: SessionSummaryData): ExportedText[] {
  const texts: ExportedText[] = [
    { where: 'The dialogue’s code name', text: data.codeName },
    { where: 'The session title', text: data.session.title },
    { where: 'The venue', text: data.session.venue ?? '' },
    { where: 'The session’s objectives', text: data.session.objectives },
    { where: 'The session’s outcome', text: data.session.outcomeSummary },
  ];
  for (const entry of data.attendance) texts.push({ where: 'Attendance, the name of a side', text: entry.party });
  for (const row of data.agenda) {
    const where = `The agenda, item ${row.number}`;
    texts.push({ where, text: row.title });
    if (row.caucusParty) texts.push({ where, text: row.caucusParty });
  }
  const notes = (groups: readonly SummaryNoteGroup[], prefix: string) => {
    for (const group of groups) {
      const place = group.itemLabel ?? 'outside the agenda';
      if (group.itemTitle) texts.push({ where: `${prefix}, ${place}`, text: group.itemTitle });
      group.notes.forEach((note, index) => {
        const where = `${prefix}, ${place}, note ${index + 1} (${note.at})`;
        texts.push({ where, text: note.body });
        for (const tag of note.tags) texts.push({ where: `${where}, a tag`, text: tag });
      });
    }
  };
  notes(data.notes, 'Notes');
  // Places never quote typed text (a message naming the place must not repeat a name): parties by number.
  data.caucus.forEach((entry, index) => {
    texts.push({ where: `Caucus notes, party ${index + 1}`, text: entry.party });
    notes(entry.groups, `Caucus notes, party ${index + 1}`);
  });
  for (const exercise of data.exercises) {
    const where = `The exercise of ${exercise.itemLabel.toLowerCase()}`;
    texts.push({ where, text: exercise.name });
    texts.push({ where: `${where}, how it landed`, text: exercise.landedWord });
    for (const count of exercise.counts) texts.push({ where: `${where}, taking part`, text: count.party });
    exercise.observations.forEach((observation, index) =>
      texts.push({ where: `${where}, observation ${index + 1}`, text: observation.body }),
    );
  }
  (data.trust ?? []).forEach((reading, index) => {
    texts.push({ where: `Trust reading ${index + 1}`, text: `${reading.pair} ${reading.rationale}` });
  });
  data.commitments.forEach((commitment, index) => {
    const where = `Commitment ${index + 1}`;
    texts.push({ where, text: commitment.description });
    texts.push({ where: `${where}, its draft`, text: commitment.draft });
    texts.push({ where: `${where}, its owner`, text: commitment.owner });
  });
  return texts.filter((entry) => entry.text.trim() !== '');
}
