/** Words of the agenda's PDF export, in one place, ready for translation. */
export const messages = {
  facilitatorsCopy: 'Facilitator’s copy (item notes, times actually run)',
  exportButton: 'Export agenda PDF…',
  emptyHint: 'Add an item to the agenda to export it.',
} as const;
