/** What the sessions screens say, in one place for translation. */
export const SESSIONS_MESSAGES = {
  title: 'Sessions',
  description:
    'The meetings of this dialogue: plan each one’s dates, venue and agenda, take notes, and run it in the room with live mode.',
  newSession: 'New session',
  loading: 'Loading sessions…',
  emptyTitle: 'No sessions yet',
  emptyBody: 'Plan the first meeting of this dialogue: its dates, venue and time zone, then its agenda.',
  planFirst: 'Plan the first session',
  tableCaption: 'Sessions of this dialogue',
  columns: {
    number: 'No.',
    session: 'Session',
    dates: 'Dates (venue)',
    venue: 'Venue',
    rule: 'Rule',
    agenda: 'Agenda',
  },
  emptyAgenda: 'empty',
  agendaSummary: (items: number, length: string) => `${items} item${items === 1 ? '' : 's'} · ${length}`,
  crumbs: 'Back to the list',
  editDetails: 'Edit details',
  liveMode: 'Live mode',
  liveNeedsAgenda: 'Add agenda items first: live mode runs the agenda.',
  noVenue: 'No venue yet',
  live: {
    title: 'This session is not today',
    question: (dates: string) =>
      `This session was on ${dates}. Start a rehearsal — the clock runs but nothing is recorded — or start anyway and record the times?`,
    future: (dates: string) =>
      `This session is on ${dates}. Start a rehearsal — the clock runs but nothing is recorded — or start anyway and record the times?`,
    rehearse: 'Start a rehearsal',
    anyway: 'Start anyway (record times)',
    cancel: 'Cancel',
  },
} as const;
