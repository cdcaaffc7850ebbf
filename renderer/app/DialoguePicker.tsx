import { useId } from 'react';
import type { CurrentDialogue } from './current-dialogue';
import { FRAME_MESSAGES } from './messages';

/** The top bar's choice of dialogue for the per-dialogue sections. */
export function DialoguePicker({ dialogues, current, choose }: CurrentDialogue) {
  const id = useId();
  if (dialogues.length === 0) return null;
  return (
    <div className="topbar__dialogue">
      <label htmlFor={id} className="topbar__caption">
        {FRAME_MESSAGES.dialogue}
      </label>
      <select id={id} className="topbar__select" value={current?.id ?? ''} onChange={(e) => choose(e.target.value)}>
        {dialogues.map((dialogue) => (
          <option key={dialogue.id} value={dialogue.id} dir="auto">
            {dialogue.codeName}
          </option>
        ))}
      </select>
    </div>
  );
}
