import type { ThemeChoice } from '../../shared/domain/settings';

/**
 * Shows the app in the chosen theme. "System" leaves `<html>` without a choice, so the tokens
 * (renderer/styles/tokens.css) follow `prefers-color-scheme`; light or dark pins it. Nothing is
 * written anywhere but the workspace's settings.
 */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
