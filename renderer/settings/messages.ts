/** What the settings say, in one place for translation. */
export const MESSAGES = {
  opening: 'Opening the workspace…',
  unreadable:
    'This workspace’s settings could not be read, so the privacy screen is on. Your other work is not affected.',
  notStored: (reason: string) => `That setting applies until you lock, but could not be saved: ${reason}`,
} as const;
