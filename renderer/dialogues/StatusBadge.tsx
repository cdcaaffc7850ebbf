import { DIALOGUE_STATUS_LABELS, type DialogueStatus } from '../../shared/domain/dialogue';
import { toneClass, type Tone } from '../ui/tone';

const TONES: Record<DialogueStatus, Tone> = {
  exploring: 'accent',
  active: 'success',
  paused: 'warning',
  concluded: 'neutral',
};

/** The status as a word in a tinted pill: the word carries the meaning, the tint helps scanning. */
export function StatusBadge({ status }: { status: DialogueStatus }) {
  return <span className={`badge ${toneClass(TONES[status])}`}>{DIALOGUE_STATUS_LABELS[status]}</span>;
}

export function ArchivedBadge() {
  return <span className={`badge ${toneClass('outline')}`}>Archived</span>;
}
