import type { ReactNode } from 'react';
import type { Regime } from '../../shared/domain/session';

/**
 * Where the notes feature plugs into live mode. Pressing N (or the Note button) opens a panel
 * beside the running item and renders `renderNoteCapture(props)` in it; the notes feature puts its
 * capture form there and calls `onClose` when the note is saved or abandoned (focus then returns
 * to live mode). Without a renderer, live mode shows no Note button and N does nothing.
 */
export interface LiveNoteTarget {
  readonly dialogueId: string;
  readonly sessionId: string;
  /** The item running (or, between items, the one just finished); null before anything ran. */
  readonly agendaItemId: string | null;
  readonly agendaItemTitle: string | null;
  /** The rule the note inherits: the item's own, else the session's. */
  readonly regime: Regime;
  /** Set for a caucus: the note belongs to that party's caucus and stays out of joint summaries. */
  readonly caucusPartyId: string | null;
}

export interface NoteCaptureProps {
  readonly target: LiveNoteTarget;
  /** Close the panel (after saving or on Escape); live mode takes focus back. */
  readonly onClose: () => void;
}

export type RenderNoteCapture = (props: NoteCaptureProps) => ReactNode;
