/** Words of the shared components, in one place for translation. */
export const UI_MESSAGES = {
  skipToContent: 'Skip to content',
  close: 'Close',
  closeWithEscape: 'Close (Escape)',
  remove: 'Remove',
  add: 'Add',
  search: 'Search',
  clearSearch: 'Clear the search',
  show: 'Show',
  hide: 'Hide',
  scrollableTable: (label: string) => `${label} (scrolls sideways)`,
} as const;
