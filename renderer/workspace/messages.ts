/** Every sentence of the Workspace panel and the lock screen's lifecycle forms, in one place for translation. */
export const messages = {
  menuButton: 'Workspace',
  panelTitle: 'Workspace',
  close: 'Close',
  tabs: { security: 'Passphrase & recovery', backup: 'Backups', travel: 'Travel mode' },

  passphrase: {
    title: 'Change passphrase',
    lead: 'Only the key file changes; your notes are not rewritten. Older backups still open with the passphrase they were made with.',
    current: 'Current passphrase',
    next: 'New passphrase',
    confirm: 'New passphrase again',
    submit: 'Change passphrase',
    mismatch: 'The two new passphrases do not match.',
    missing: 'Enter the current passphrase and the new one.',
    done: 'Passphrase changed. The old one no longer opens this workspace.',
  },

  recovery: {
    title: 'Recovery key',
    none: 'This workspace has no recovery key. Without the passphrase it cannot be opened by anyone, you included.',
    some: 'A recovery key opens this workspace if the passphrase is forgotten.',
    lead: 'A recovery key is 24 words that open the workspace if the passphrase is forgotten. Keep it on paper, locked away from the laptop.',
    make: 'Make a recovery key…',
    replace: 'Replace recovery key…',
    remove: 'Remove recovery key…',
    passphraseToConfirm: 'Your passphrase, to confirm',
    confirmReplace: 'I understand the old recovery key and its sheet stop working.',
    confirmRemove: 'I understand that a forgotten passphrase can then no longer be recovered.',
    create: 'Make the recovery key',
    doRemove: 'Remove the recovery key',
    shownOnce: 'Write these words down or print the sheet now: Parley shows them only once.',
    words: 'Recovery key words',
    print: 'Print recovery sheet…',
    printed: (file: string) => `Recovery sheet saved as ${file}. Print it, then delete the file.`,
    written: 'I have written the words down or printed the sheet.',
    finish: 'Done — hide the words',
    removed: 'Recovery key removed.',
    cancel: 'Cancel',
  },

  backup: {
    title: 'Encrypted backup',
    lead: 'One file holds the whole workspace, encrypted with its own key. Parley opens it again and checks every page before saying it is done. Keep it on a separate drive.',
    now: 'Back up now…',
    saved: (file: string) => `Backup ${file} written and verified.`,
    fingerprint: 'SHA-256',
    last: (date: string) => `Last backup: ${date}: `,
    never: 'No backup recorded yet.',
    stale:
      'These backups were made before a participant was purged. They still hold that identity: destroy every copy.',
    restoreTitle: 'Restore a backup',
    restoreLead:
      'A backup is restored into a new workspace; this one stays as it is. Purges recorded here are carried out again before it opens.',
  },

  restore: {
    title: 'Restore a backup',
    lead: 'Choose the backup file in the next window. It is restored into a new workspace, checked page by page, and opened.',
    name: 'Name of the new workspace',
    passphrase: 'The backup’s passphrase',
    useRecovery: 'Use the backup’s recovery key instead',
    usePassphrase: 'Use the backup’s passphrase instead',
    recoveryKey: 'The backup’s recovery key',
    submit: 'Choose backup and restore…',
    back: 'Back to unlock',
    purges: (n: number) =>
      `${n} purge${n === 1 ? '' : 's'} made since the backup ${n === 1 ? 'was' : 'were'} carried out again.`,
  },

  travel: {
    title: 'Travel mode',
    lead: 'Before crossing a border, carry only one dialogue. Parley writes a verified encrypted backup of everything to a place you choose — a separate drive that does not travel with you — and then erases every other dialogue from this laptop, page by page.',
    keep: 'Dialogue to carry',
    confirm: 'I understand the other dialogues are erased from this laptop until I come back from travel.',
    start: 'Write travel backup and start…',
    started: (file: string, removed: number) =>
      `Travel backup ${file} written and verified; ${removed} other dialogue${removed === 1 ? '' : 's'} erased from this laptop.`,
    on: (date: string) => `Travel mode since ${date}. On this laptop:`,
    backupFile: (file: string) => `The rest is in the travel backup ${file}.`,
    back: 'Back from travel…',
    backLead:
      'Choose the travel backup in the next window. The dialogues left behind come back; what you wrote while travelling stays.',
    returned: (n: number) => `Welcome back: ${n} dialogue${n === 1 ? '' : 's'} restored from the travel backup.`,
    noDialogues: 'Create a dialogue first.',
  },

  recover: {
    link: 'Forgot the passphrase?',
    title: 'Open with the recovery key',
    lead: 'Type the 24 words from the recovery sheet (the first four letters of each are enough), then choose a new passphrase.',
    key: 'Recovery key',
    submit: 'Open and set the new passphrase',
    back: 'Back to unlock',
  },

  offer: {
    title: 'Add a recovery key?',
    lead: 'If the passphrase is ever forgotten, a recovery key is the only way back in. It is 24 words you print or write down and keep locked away.',
    make: 'Make a recovery key',
    skip: 'Not now',
    later: 'You can make one later from the Workspace menu.',
  },

  lockScreen: {
    restoreLink: 'Restore a backup…',
    damaged: (name: string) =>
      `Parley found damage in the workspace ${name} while checking it and locked it. Nothing more was written. Restore it from a backup.`,
  },

  cancelled: 'Nothing was chosen, so nothing changed.',
} as const;

/** A date as the facilitator's locale writes it. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
