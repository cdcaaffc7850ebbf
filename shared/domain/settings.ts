/**
 * Workspace settings (migration 005): what the facilitator chooses once for a workspace and finds
 * again after a restart. Kept inside the encrypted workspace, never beside it.
 */

/** `system` follows the operating system's light or dark appearance (`prefers-color-scheme`). */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The section sidebar: names and icons, or icons only (more room on a small screen). */
export const SIDEBAR_STATES = ['expanded', 'collapsed'] as const;
export type SidebarState = (typeof SIDEBAR_STATES)[number];

export interface SettingsValues {
  /**
   * While on, no real name, alias, contact, sensitive affiliation or risk note is shown anywhere —
   * nor even sent to the window — unless the facilitator reveals one participant's on purpose.
   */
  readonly privacyScreen: boolean;
  readonly theme: ThemeChoice;
  readonly sidebar: SidebarState;
}

/** A new workspace: names shown (the facilitator at their desk), the system's theme, full sidebar. */
export const DEFAULT_SETTINGS: SettingsValues = { privacyScreen: false, theme: 'system', sidebar: 'expanded' };
