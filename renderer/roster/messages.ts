import type { RosterCounts } from './model';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the roster says, in one place for translation. */
export const ROSTER_MESSAGES = {
  title: 'Roster',
  description:
    'Who takes part, side by side: speaker codes, pseudonyms, consent and who reaches whom. Open someone to see and edit their details.',
  counts: ({ entries, withdrawn, purged }: RosterCounts) =>
    [
      plural(entries, 'person', 'people'),
      ...(withdrawn > 0 ? [`${withdrawn} withdrawn`] : []),
      ...(purged > 0 ? [`${purged} purged (identity removed)`] : []),
    ].join(' · '),
  shown: (shown: number) => `${shown} shown`,
  groupCount: (total: number, purged: number) => (purged > 0 ? `${total} (${purged} purged)` : String(total)),
  views: 'Roster views',
  list: 'List',
  map: 'Influence map',
  add: 'Add participant',
  importCsv: 'Import CSV…',
  filter: 'Filter',
  filterPlaceholder: 'Filter by name, alias, pseudonym or code',
  filterPlaceholderPrivate: 'Filter by pseudonym or code',
  filterParty: 'Filter by party',
  allParties: 'All parties',
  filterStatus: 'Filter by status',
  allStatuses: 'All statuses',
  sort: 'Sort',
  sortLabel: (label: string) => `Sort: ${label}`,
  loading: 'Loading the roster…',
  loadFailed: 'The roster could not be loaded',
  emptyTitle: 'No participants yet',
  emptyBody:
    'Add the people of each side one by one, or import a spreadsheet (CSV) with a name and a party per row: each gets a speaker code (A1, B1…) and a pseudonym for reports.',
  noMatch: 'Nobody matches the filter',
  noMatchBody: 'Names, aliases, pseudonyms and codes are searched, ignoring case and accents.',
  noMatchBodyPrivate: 'With the privacy screen on, only pseudonyms and codes are searched.',
  saved: (code: string, pseudonym: string) => `Saved ${code} ${pseudonym}.`,
  purged: 'The participant’s identity was purged. A neutral “Withdrawn participant” entry keeps their place.',
  imported: (n: number) => `Imported ${plural(n, 'participant')}.`,
  consentWithdrawn: 'Consent withdrawn',
  sensitive: 'Sensitive',
  sensitiveAffiliation: 'Sensitive affiliation',
  participants: 'Participants',
} as const;

/** What the CSV import says. */
export const IMPORT_MESSAGES = {
  button: 'Import CSV…',
  title: 'The roster was not imported',
  problems: 'Problems by line',
  chooseAgain: 'Choose the file again…',
  close: 'Close',
  tooLarge: 'That file is too large for a roster (about 1.5 MB of text at most). Nothing was imported.',
  help: 'Fix these rows in the spreadsheet, save it as “CSV UTF-8”, and import it again: every row or none is imported. Columns: name and party (required), aliases (separated by ;), affiliation, sensitive (yes/no), email, phone, role, track, status, pseudonym, code.',
} as const;

/** What the participant panel says. */
export const PANEL_MESSAGES = {
  newTitle: 'New participant',
  fallbackTitle: 'Participant',
  close: 'Close details (Escape)',
  closeButton: 'Close',
  loading: 'Loading…',
  loadFailed: 'Could not open this participant',
  revealFailed: 'Could not reveal this part of the identity',
  summary: 'Summary',
  code: 'Code',
  pseudonym: 'Pseudonym',
  side: 'Side',
  status: 'Status',
  consent: 'Consent',
  flag: 'Flag',
  sensitiveAffiliation: 'Sensitive affiliation: never in any report',
  purgedOn: (date: string) =>
    `Purged on ${date}: the identity is gone. This neutral entry remains so that notes keep reading sensibly; it cannot be edited.`,
  typingVisible: 'The privacy screen is on, but what you type here is visible on screen.',
  notSaved: 'Not saved',
  notSavedFields: 'Not saved: check the fields marked below',
  identity: 'Identity',
  identitySummary: (aliases: number, hidden: boolean) =>
    [hidden ? 'Names hidden' : '', aliases > 0 ? `${aliases} alias${aliases === 1 ? '' : 'es'}` : '']
      .filter(Boolean)
      .join(' · '),
  recorded: (recorded: boolean, hidden: boolean) =>
    recorded ? (hidden ? 'Recorded · hidden' : 'Recorded') : 'None recorded',
  linkCount: (n: number) => (n === 0 ? 'None' : `${n} link${n === 1 ? '' : 's'}`),
  partNames: {
    names: 'names',
    affiliation: 'affiliation',
    contacts: 'contact details',
    risks: 'risk notes',
  },
  realName: 'Real name',
  pseudonymField: 'Pseudonym',
  pseudonymHelp: 'Used in reports. Must not repeat any part of a name.',
  speakerCode: 'Speaker code',
  speakerCodeHelp: 'Unique in this dialogue.',
  suggest: 'Suggest',
  place: 'Place in the process',
  party: 'Party',
  trackLevel: 'Track level',
  sector: 'Sector (multi-track)',
  notSet: 'Not set',
  role: 'Role or position',
  affiliation: 'Affiliation',
  sensitiveCheckbox: 'Sensitive affiliation: it would identify or endanger the person (never in any report)',
  languages: 'Languages',
  languagesHelp: 'Separated by commas.',
  contacts: 'Contact details',
  email: 'Email',
  phone: 'Phone',
  messaging: 'Messaging',
  rationale: 'Selection rationale',
  notAssessed: 'Not assessed',
  why: 'Why this person',
  links: 'Links to decision makers',
  risks: 'Risk notes',
  travel: 'Travel',
  safety: 'Safety',
  consentRegister: 'Consent',
  purge: 'Purge identity',
  add: 'Add participant',
  save: 'Save changes',
} as const;
