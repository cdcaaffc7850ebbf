import { Eye, EyeOff } from 'lucide-react';
import { Button } from '../ui/Button';
import { PRIVACY_MESSAGES } from './messages';

/**
 * Where an identity would be, while the privacy screen hides it: a plain statement and a deliberate
 * "Reveal …" button. Nothing of the identity is in the window until that button is pressed.
 */
export function Hidden({ what, onReveal, busy = false }: { what: string; onReveal: () => void; busy?: boolean }) {
  return (
    <div className="privacy-hidden">
      <EyeOff size={16} aria-hidden="true" className="privacy-hidden__icon" />
      <span className="privacy-hidden__text">{PRIVACY_MESSAGES.hiddenBecause}</span>
      <Button size="small" busy={busy} icon={<Eye size={14} aria-hidden="true" />} onClick={onReveal}>
        {PRIVACY_MESSAGES.reveal(what)}
      </Button>
    </div>
  );
}

/** Beside an identity revealed under the privacy screen: hides it again at once. */
export function HideAgain({ what, onHide }: { what: string; onHide: () => void }) {
  return (
    <Button size="small" variant="quiet" icon={<EyeOff size={14} aria-hidden="true" />} onClick={onHide}>
      {PRIVACY_MESSAGES.hideAgain(what)}
    </Button>
  );
}
