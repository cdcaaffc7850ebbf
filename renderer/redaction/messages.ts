/**
 * Words of every export as the facilitator meets it: what became of it, warnings to confirm and
 * known-safe phrases. One place, ready for translation.
 */
export const messages = {
  exporting: 'Exporting…',
  saved: (fileName: string, pages: number) => `Saved ${fileName} (${pages === 1 ? '1 page' : `${pages} pages`}).`,
  savedRows: (fileName: string, participants: number) =>
    `Saved ${fileName} (${participants === 1 ? '1 participant' : `${participants} participants`}).`,
  cancelled: 'Export cancelled.',
  waiting: (count: number) => `Not exported yet: ${count === 1 ? 'one thing' : `${count} things`} to check first.`,
  dismissWarnings: 'Not now',
  exportConfirmed: 'Export with these confirmed…',
  warningsTitle: (count: number) =>
    count === 1 ? 'One thing to check before exporting' : `${count} things to check before exporting`,
  warningsIntro:
    'These places may point to a participant. Look at each in the document: confirm it does not, change the text, or mark the words around it as a known-safe phrase.',
  confirm: 'Confirm',
  confirmLabel: (where: string) => `Confirm that ${where} does not point to a participant`,
  confirmed: 'Confirmed',
  undo: 'Undo',
  undoLabel: (where: string) => `Undo the confirmation for ${where}`,
  markSafe: 'Mark a phrase as safe…',
  remaining: (open: number) => (open === 1 ? '1 warning left to confirm.' : `${open} warnings left to confirm.`),
  allConfirmed: 'Every warning is confirmed.',
  safePhraseLabel: 'Known-safe phrase',
  safePhraseHelp:
    'The words around the name as they read here, e.g. “Rose Garden Accord” when a participant is called Rose. Exports of this dialogue will not warn about them again.',
  addSafePhrase: 'Add phrase',
  cancel: 'Cancel',
  safePhraseAdded: 'Added a known-safe phrase. Checking again…',
  refusedHint: 'If the words there name no participant, mark them as a known-safe phrase and export again.',
} as const;
