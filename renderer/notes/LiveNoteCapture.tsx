import type { NoteCaptureProps } from '../live/note-slot';
import { NoteEditor } from './NoteEditor';
import { useSpeakers } from './useSpeakers';
import './notes.css';

/**
 * Quick capture in live mode: what `renderNoteCapture` renders when the facilitator presses N.
 * The note goes to the running item, under its rule (and its caucus, if it is one); Ctrl/Cmd+Enter
 * saves and hands focus back to live mode, Esc saves what was typed and closes.
 */
export function LiveNoteCapture({ target, onClose }: NoteCaptureProps) {
  const speakers = useSpeakers(target.dialogueId);
  return (
    <div className="live-note-capture">
      <p className="live-note-capture__where muted" dir="auto">
        {target.agendaItemTitle ? `Note on “${target.agendaItemTitle}”` : 'Note on this session'}
      </p>
      <NoteEditor target={target} speakers={speakers} autoFocus onDone={onClose} />
    </div>
  );
}
