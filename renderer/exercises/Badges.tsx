import { ShieldAlert } from 'lucide-react';
import type { ChecklistCount, ExerciseFlagView } from '../../shared/contract';
import { EXERCISE_FLAG_LABELS, EXERCISE_FLAG_SHORT, type ExerciseFlag } from '../../shared/domain/exercise';
import { formatProgress } from '../../shared/exercises/progress';

/** Flags that call for care; "opting out is always fine" is a practice, shown in the cautions only. */
const WARNING_FLAGS: ReadonlySet<ExerciseFlag> = new Set([
  'personal-sharing',
  'retraumatising',
  'separation',
  'needs-trust',
]);

/**
 * An exercise's do-no-harm flags as labelled badges (an icon and words, never colour alone). A list
 * on its own; `inline` inside a button, where only phrasing content may go (the button reads them).
 */
export function FlagBadges({
  flags,
  inline = false,
}: {
  flags: readonly Pick<ExerciseFlagView, 'flag'>[];
  inline?: boolean;
}) {
  const shown = flags.filter((flag) => WARNING_FLAGS.has(flag.flag));
  if (shown.length === 0) return null;
  const List = inline ? 'span' : 'ul';
  const Item = inline ? 'span' : 'li';
  return (
    <List className="flag-badges" aria-label={inline ? undefined : 'Do-no-harm flags'}>
      {shown.map(({ flag }) => (
        <Item key={flag} className={`flag-badge flag-badge--${flag}`} title={EXERCISE_FLAG_LABELS[flag]}>
          <ShieldAlert size={12} aria-hidden="true" />
          <span className="visually-hidden">{EXERCISE_FLAG_LABELS[flag]}</span>
          <span aria-hidden="true">{EXERCISE_FLAG_SHORT[flag]}</span>
        </Item>
      ))}
    </List>
  );
}

/** "Checklist 3/12" with a bar, read out as "3 of 12 steps". */
export function ProgressBadge({ progress, label = 'Checklist' }: { progress: ChecklistCount; label?: string }) {
  const fraction = progress.total === 0 ? 0 : progress.done / progress.total;
  const complete = progress.total > 0 && progress.done === progress.total;
  return (
    <span className={['progress-badge', complete ? 'is-complete' : ''].filter(Boolean).join(' ')}>
      <span aria-hidden="true">
        {label} {progress.done}/{progress.total}
      </span>
      <span className="visually-hidden">
        {label}: {formatProgress(progress)}
      </span>
      <span className="progress-badge__bar" aria-hidden="true">
        <span style={{ width: `${Math.round(fraction * 100)}%` }} />
      </span>
    </span>
  );
}
