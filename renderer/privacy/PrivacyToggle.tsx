import { Eye, EyeOff } from 'lucide-react';
import { isMacPlatform } from '../ui/keyboard';
import { PRIVACY_MESSAGES } from './messages';
import { usePrivacyScreen } from './PrivacyScreen';

/**
 * The top bar's privacy screen switch: a toggle button (aria-pressed) whose state is written out,
 * not only coloured, with the shortcut in its tooltip. Its status line speaks each change.
 */
export function PrivacyToggle() {
  const { on, toggle, announcement } = usePrivacyScreen();
  const shortcut = isMacPlatform() ? '⌘⇧H' : 'Ctrl+Shift+H';
  return (
    <>
      <button
        type="button"
        className={['topbar__toggle', on ? 'is-on' : ''].filter(Boolean).join(' ')}
        aria-pressed={on}
        aria-keyshortcuts="Control+Shift+H Meta+Shift+H"
        title={`${PRIVACY_MESSAGES.description} (${shortcut})`}
        onClick={toggle}
      >
        {on ? <EyeOff size={16} aria-hidden="true" /> : <Eye size={16} aria-hidden="true" />}
        <span className="topbar__label">{PRIVACY_MESSAGES.toggle}</span>
        <span className="topbar__state" aria-hidden="true">
          {on ? PRIVACY_MESSAGES.stateOn : PRIVACY_MESSAGES.stateOff}
        </span>
      </button>
      {/* A polite live region, not a status landmark: the page's own status lines stay the only ones. */}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
