import { isMacPlatform } from './keyboard';

/**
 * A keyboard shortcut as the facilitator's platform writes it: "⌘L" on a Mac, "Ctrl+L" elsewhere.
 * Hidden from assistive tech: the control carries `aria-keyshortcuts`, and its name stays short.
 */
export function ShortcutHint({ keyName, withModifier = false }: { keyName: string; withModifier?: boolean }) {
  const label = withModifier ? (isMacPlatform() ? `⌘${keyName}` : `Ctrl+${keyName}`) : keyName;
  return (
    <kbd className="kbd" aria-hidden="true">
      {label}
    </kbd>
  );
}
