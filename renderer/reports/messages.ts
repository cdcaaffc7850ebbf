/**
 * Words of the Reports section: the sponsor report (its contents, profile and preview), the
 * session summary, known-safe phrases, the roster CSV and the export log. One place, ready for
 * translation. Report headings and fixed sentences come from shared/domain/report.ts, where the
 * printed report takes them too.
 */
export const MSG = {
  section: 'Reports',
  tabs: {
    sponsor: 'Sponsor report',
    summary: 'Session summary',
    phrases: 'Known-safe phrases',
    roster: 'Roster CSV',
    log: 'Export log',
  },

  sponsor: {
    views: { contents: 'Contents', preview: 'Preview and export' },
    intro:
      'What the sponsor receives: what happened, and nobody exposed. Names, aliases, contacts, sensitive affiliations, speaker codes and pseudonyms are replaced before anything is printed; caucus and facilitator-only notes and quotes never go in.',
    sessionsTitle: 'Sessions covered',
    sessionsHelp:
      'A session marked risky is printed with its month or quarter only, and its venue only as you describe it here.',
    allSessions: 'All sessions, also those added later',
    chosenSessions: 'Only the sessions ticked',
    includeSession: (number: number) => `Cover session ${number}`,
    risky: 'Risky',
    riskyLabel: (number: number) => `Session ${number} is risky: coarsen its period and venue`,
    venueLabel: (number: number) => `How session ${number}’s venue is named`,
    venuePlaceholder: 'a third country',
    venueNamed: 'Its venue is named in the report as',
    noSessions: 'This dialogue has no sessions yet. A sponsor report covers at least one.',
    sessionLine: (number: number, title: string) => (title ? `Session ${number} · ${title}` : `Session ${number}`),

    profileTitle: 'Report profile',
    profileHelp:
      'Which sections the report carries, how far it coarsens, and the smallest count it prints. Its name is kept in the export log.',
    profileLabel: 'Profile',
    standardProfile: 'Standard (default settings)',
    editProfile: 'Edit profile…',
    newProfile: 'New profile…',
    profileName: 'Name',
    profileSections: 'Sections it includes',
    riskyPeriod: 'A risky session’s period',
    venueDetail: 'Other sessions’ venue',
    minCount: 'Smallest count printed (k)',
    minCountHelp: 'A count under it prints as “fewer than k”.',
    replacement: 'A participant’s name becomes',
    saveProfile: 'Save profile',
    saveAsNew: 'Save as a new profile',
    deleteProfile: 'Delete profile',
    deleteConfirm: (name: string) => `Delete the profile “${name}”? Reports already written keep its name in the log.`,
    cancel: 'Cancel',
    profileSaved: (name: string) => `Saved the profile “${name}”.`,

    textsTitle: 'What the report says',
    textsHelp: 'Written by you, saved as you type. A section left empty is not printed.',
    saving: 'Saving…',
    saved: 'Saved',
    unsaved: 'Not saved yet',
    characters: (count: number, max: number) => `${count.toLocaleString('en')} / ${max.toLocaleString('en')}`,

    statementsTitle: 'Statements and points from the notes',
    statementsHelp:
      'Sponsor-shareable joint notes go in as points of their meeting, unattributed. A statement the participants agreed to share goes in as an agreed statement, in the words they agreed: edit the note afterwards and it must be agreed again.',
    showAllJoint: 'Show every joint note (to mark one agreed)',
    agreed: 'Agreed by the participants',
    agreedOn: (number: number) => `Date session ${number}’s statement was agreed`,
    agreedChanged: 'Changed since it was agreed: not in the report until agreed again.',
    noStatements: 'No sponsor-shareable or agreed notes in the sessions covered.',
    moreStatements: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
    levelBadge: { facilitator: 'Facilitator only', participants: 'Participants may see', sponsor: 'Sponsor shareable' },

    previewTitle: 'Preview',
    previewHelp:
      'The report exactly as it will print: every change is highlighted with its reason. Confirm each warning, then export.',
    refresh: 'Refresh preview',
    loadingPreview: 'Preparing the preview…',
    profileUsed: (name: string) => `Profile: ${name}`,
    changesTitle: (count: number) => (count === 1 ? 'One change' : `${count} changes`),
    noChanges: 'Nothing was changed or coarsened.',
    quotesLeftOut: (count: number) =>
      count === 1
        ? 'One quote was left out: a sponsor report carries no quotes.'
        : `${count} quotes were left out: a sponsor report carries no quotes.`,
    changedStatements: (count: number) =>
      count === 1
        ? 'One agreed statement changed after it was agreed and is not printed as agreed.'
        : `${count} agreed statements changed after they were agreed and are not printed as agreed.`,
    omitted: 'Not printed',
    omissionReason: {
      'left-out-by-profile': 'left out by the profile',
      'nothing-written': 'nothing written yet',
      'nothing-recorded': 'nothing recorded for these sessions',
    },
    exportButton: 'Export sponsor report PDF…',
    previewLabel: 'The sponsor report as it will print',
  },

  summary: {
    intro:
      'The internal record of one session: “Confidential — facilitator’s record” on every page, speakers by code, caucus notes apart. Never for sponsors.',
    session: 'Session',
    levels: 'Notes to include',
    includeCaucus: 'Caucus notes, each party’s in a section of its own',
    exportButton: 'Export session summary PDF…',
    noSessions: 'This dialogue has no sessions yet.',
    noLevel: 'Choose at least one level of notes.',
  },

  phrases: {
    intro:
      'Phrases that hold a participant’s name word but name no one (“Rose Garden Accord” when a participant is called Rose). Exports of this dialogue do not warn about them.',
    add: 'Add a phrase…',
    remove: 'Remove',
    removeLabel: (phrase: string) => `Remove the known-safe phrase “${phrase}”`,
    empty: 'No known-safe phrases yet.',
    added: (date: string) => `added ${date}`,
  },

  roster: {
    intro:
      'The dialogue’s roster as a spreadsheet. Without identities it holds speaker codes, pseudonyms, sides and roles only, and is checked like every export.',
    includeIdentities: 'Include real names, aliases and contacts',
    identitiesCaution: 'A file with identities exposes everyone on it: keep it encrypted, and never send it.',
    exportButton: 'Export roster CSV…',
  },

  log: {
    intro:
      'Every file Parley wrote from this workspace: when, what, which dialogue and sessions, the report profile, the file’s name (never its folder), its size and SHA-256.',
    kind: 'Kind',
    allKinds: 'All kinds',
    columns: {
      when: 'When',
      kind: 'Kind',
      dialogue: 'Dialogue',
      sessions: 'Sessions',
      profile: 'Profile',
      file: 'File',
      size: 'Size',
      sha256: 'SHA-256',
    },
    empty: 'Nothing has been exported from this workspace yet.',
    verify: 'Check a file…',
    verifyHelp: 'Was a PDF forwarded “from you” written by this workspace? Its SHA-256 says.',
    verifying: 'Checking…',
    verifiedYes: (fileName: string) => `${fileName} is a file this workspace wrote:`,
    verifiedNo: (fileName: string) =>
      `${fileName} is NOT a file this workspace wrote: its SHA-256 is in no entry of the log. If it claims to be, it was changed.`,
    kinds: {
      agenda: 'Agenda',
      summary: 'Session summary',
      'sponsor-report': 'Sponsor report',
      draft: 'Draft',
      'roster-csv': 'Roster CSV',
      backup: 'Backup',
      'travel-backup': 'Travel backup',
      'recovery-sheet': 'Recovery sheet',
    } as Record<string, string>,
    sessions: (numbers: readonly number[]) => (numbers.length === 0 ? '—' : numbers.join(', ')),
    refresh: 'Refresh',
  },
} as const;

/** "12 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
