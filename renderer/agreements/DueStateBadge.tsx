import type { DueState } from '../../shared/contract';
import { toneClass, type Tone } from '../ui/tone';
import { m } from './messages';

const TONES: Record<DueState, Tone> = {
  done: 'success',
  'due-soon': 'warning',
  overdue: 'danger',
  lapsed: 'danger',
  upcoming: 'neutral',
};

/** Where a commitment stands against today, in words, with the tint as a second cue. */
export function DueStateBadge({ state }: { readonly state: DueState }) {
  return <span className={`due-state ${toneClass(TONES[state])}`}>{m.commitments.states[state]}</span>;
}
