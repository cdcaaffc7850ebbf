import type { PassphraseStrength, StrengthLevel } from '../../shared/passphrase/strength';

const LEVEL_LABELS: Record<StrengthLevel, string> = {
  'too-short': 'Too short',
  'very-weak': 'Very weak',
  weak: 'Weak',
  fair: 'Fair',
  strong: 'Strong',
  'very-strong': 'Very strong',
};

/**
 * Five bars and a word, plus zxcvbn's one-line hint. Colour is never the only signal: the level is
 * written out. It is not a live region — announcing every keystroke would drown a screen reader;
 * the passphrase field lists it in its description instead.
 */
export function StrengthMeter({ strength }: { strength: PassphraseStrength | null }) {
  if (!strength) {
    return <p className="strength__hint">Use at least 12 characters — four or five unrelated words work well.</p>;
  }
  const filled = strength.level === 'too-short' ? 0 : strength.score + 1;
  const tone = strength.acceptable ? 'good' : strength.score >= 2 ? 'fair' : 'poor';
  return (
    <div className={`strength strength--${tone}`}>
      <div className="strength__bars" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((bar) => (
          <span key={bar} className={bar < filled ? 'strength__bar is-filled' : 'strength__bar'} />
        ))}
      </div>
      <p className="strength__text">
        <span className="strength__level">Strength: {LEVEL_LABELS[strength.level]}.</span>{' '}
        <span className="strength__hint">{strength.hint}</span>
      </p>
    </div>
  );
}
