import { DRAFT_STATUS_LABELS, type DraftStatus } from '../../shared/domain/agreement';
import { toneClass, type Tone } from '../ui/tone';

const TONES: Record<DraftStatus, Tone> = {
  working: 'accent',
  tabled: 'warning',
  final: 'success',
  abandoned: 'neutral',
};

/** A draft's status as a word in a tinted pill (the drafts' list and the draft's page). */
export function DraftStatusBadge({ status }: { readonly status: DraftStatus }) {
  return <span className={`badge draft-status ${toneClass(TONES[status])}`}>{DRAFT_STATUS_LABELS[status]}</span>;
}
