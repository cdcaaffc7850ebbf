import { groupRecoveryKey } from '../../shared/recovery/recovery-key';
import { messages } from './messages';

/** The 24 words in numbered groups of four, as on the printed sheet. */
export function RecoveryWords({ words }: { words: readonly string[] }) {
  const groups = groupRecoveryKey(words);
  return (
    <ol className="recovery-words" aria-label={messages.recovery.words}>
      {groups.map((group, g) => (
        <li key={g} className="recovery-words__group">
          {group.map((word, i) => (
            <span key={i} className="recovery-words__word">
              <span className="recovery-words__number">{g * group.length + i + 1}.</span>
              <span lang="en" translate="no">
                {word}
              </span>
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
