import { Eye, EyeOff } from 'lucide-react';
import { Button } from '../ui/Button';
import { PRIVACY_MESSAGES } from './messages';

/**
 * Where an identity would be, while the privacy screen hides it: a plain statement and a deliberate
 * "Reveal …" button. Nothing of the identity is in the window until that button is pressed.
 */
export function Hidden({
  what,
  onReveal,
  busy = false,
  part,
}: {
  what: string;
  onReveal: () => void;
  busy?: boolean;
  part?: string;
}) {
  return (
    <div className="privacy-hidden">
      <EyeOff size={16} aria-hidden="true" className="privacy-hidden__icon" />
      <span className="privacy-hidden__text">{PRIVACY_MESSAGES.hiddenBecause}</span>
      <Button
        size="small"
        busy={busy}
        icon={<Eye size={14} aria-hidden="true" />}
        onClick={onReveal}
        data-reveal-part={part}
      >
        {PRIVACY_MESSAGES.reveal(what)}
      </Button>
    </div>
  );
}

/** Beside an identity revealed under the privacy screen: hides it again at once. */
export function HideAgain({ what, onHide, part }: { what: string; onHide: () => void; part?: string }) {
  return (
    <Button
      size="small"
      variant="quiet"
      icon={<EyeOff size={14} aria-hidden="true" />}
      onClick={onHide}
      data-hide-part={part}
    >
      {PRIVACY_MESSAGES.hideAgain(what)}
    </Button>
  );
}
