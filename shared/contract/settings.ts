import { z } from 'zod';
import { SIDEBAR_STATES, THEME_CHOICES, type SettingsValues } from '../domain/settings';
import { as, method } from './method';

/** The workspace's settings as the window sees them: every one, defaults filled in. */
export type WorkspaceSettings = SettingsValues;

const settingsErrors = ['WORKSPACE_LOCKED', 'WORKSPACE_CORRUPT'] as const;

export const settingsContract = {
  'settings.get': method({
    input: z.object({}).strict(),
    output: as<WorkspaceSettings>(),
    errors: [...settingsErrors],
  }),
  /** Changes the settings given, keeps the others; answers with all of them. */
  'settings.update': method({
    input: z
      .object({
        privacyScreen: z.boolean().optional(),
        theme: z.enum(THEME_CHOICES).optional(),
        sidebar: z.enum(SIDEBAR_STATES).optional(),
      })
      .strict()
      .refine((input) => Object.values(input).some((value) => value !== undefined), {
        message: 'Name at least one setting to change.',
      }),
    output: as<WorkspaceSettings>(),
    errors: [...settingsErrors, 'DISK_FULL'],
  }),
};
