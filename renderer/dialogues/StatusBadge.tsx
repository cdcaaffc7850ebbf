import { DIALOGUE_STATUS_LABELS, type DialogueStatus } from '../../shared/domain/dialogue';

/** The status as a word in a tinted pill: the word carries the meaning, the tint helps scanning. */
export function StatusBadge({ status }: { status: DialogueStatus }) {
  return <span className={`badge badge--${status}`}>{DIALOGUE_STATUS_LABELS[status]}</span>;
}

export function ArchivedBadge() {
  return <span className="badge badge--archived">Archived</span>;
}
