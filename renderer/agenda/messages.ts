/** Words of the agenda's PDF export, in one place, ready for translation. */
export const messages = {
  facilitatorsCopy: 'Facilitator’s copy (item notes, times actually run)',
  exportButton: 'Export agenda PDF…',
  emptyHint: 'Add an item to the agenda to export it.',
  exporting: 'Exporting…',
  saved: (fileName: string, pages: number) => `Saved ${fileName} (${pages === 1 ? '1 page' : `${pages} pages`}).`,
  cancelled: 'Export cancelled.',
  waiting: (count: number) => `Not exported yet: ${count === 1 ? 'one thing' : `${count} things`} to check first.`,
  dismissWarnings: 'Not now',
  exportConfirmed: 'Export with these confirmed…',
} as const;
