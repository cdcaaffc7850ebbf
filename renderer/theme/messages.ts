import type { ThemeChoice } from '../../shared/domain/settings';

/** What the theme switch says, in one place for translation. */
export const THEME_MESSAGES = {
  button: 'Theme',
  legend: 'Colours',
  choices: {
    system: 'Same as the system',
    light: 'Light',
    dark: 'Dark',
  } satisfies Record<ThemeChoice, string>,
  hint: 'Remembered for this workspace.',
} as const;
