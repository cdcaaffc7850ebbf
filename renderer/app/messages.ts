/** What the frame says (top bar, sidebar), in one place for translation. */
export const FRAME_MESSAGES = {
  brand: 'Parley',
  workspace: 'Workspace',
  dialogue: 'Dialogue',
  sections: 'Sections',
  collapseSidebar: 'Show icons only',
  expandSidebar: 'Show section names',
  lock: 'Lock',
  noDialogue: 'Create a dialogue first: rosters, sessions and notes belong to one.',
} as const;
