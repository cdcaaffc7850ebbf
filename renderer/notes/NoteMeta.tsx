import { Lock, Quote, Users } from 'lucide-react';
import type { NoteHeader } from '../../shared/contract';
import { NOTE_LEVEL_LABELS } from '../../shared/domain/note';
import { PURGED_PSEUDONYM } from '../../shared/domain/participant';
import { formatNoteTime } from './format';

/** The line above a note: when, who (by code), under which level, caucus and tags. Never a name. */
export function NoteMeta({ note, showSession = false }: { readonly note: NoteHeader; readonly showSession?: boolean }) {
  const speaker = note.speakerWithdrawn ? PURGED_PSEUDONYM : (note.speaker?.code ?? null);
  return (
    <div className="note-meta">
      {showSession && <span className="note-meta__session">Session {note.sessionNumber}</span>}
      <time dateTime={note.createdAt}>{formatNoteTime(note.createdAt)}</time>
      {speaker && (
        <span className="note-meta__speaker" dir="auto">
          {speaker}
        </span>
      )}
      {note.agendaItemTitle && (
        <span className="note-meta__item" dir="auto">
          {note.agendaItemTitle}
        </span>
      )}
      <span className={`note-level note-level--${note.level}`}>
        {note.level === 'facilitator' && <Lock size={12} aria-hidden="true" />}
        {NOTE_LEVEL_LABELS[note.level]}
      </span>
      {note.kind === 'quote' && (
        <span className="note-meta__flag">
          <Quote size={12} aria-hidden="true" /> Quote
        </span>
      )}
      {note.caucusPartyId && (
        <span className="note-meta__flag note-meta__flag--caucus">
          <Users size={12} aria-hidden="true" /> Caucus
        </span>
      )}
      {note.tags.map((tag) => (
        <span key={`${tag.kind}:${tag.id ?? tag.label}`} className="note-tag" dir="auto">
          {tag.label}
        </span>
      ))}
    </div>
  );
}
