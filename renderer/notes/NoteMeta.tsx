import { Lock, Quote, Users } from 'lucide-react';
import type { NoteHeader } from '../../shared/contract';
import { NOTE_LEVEL_LABELS } from '../../shared/domain/note';
import { PURGED_PSEUDONYM } from '../../shared/domain/participant';
import { formatNoteTime, zoneLabel } from './format';

export interface NoteMetaProps {
  readonly note: NoteHeader;
  readonly showSession?: boolean;
  /** The note is listed under its agenda item's heading: the title is not repeated. */
  readonly hideItem?: boolean;
}

/**
 * The line above a note: when (on the venue's clocks, the zone named if the laptop keeps another),
 * who (by code), under which level, caucus and tags. Never a name.
 */
export function NoteMeta({ note, showSession = false, hideItem = false }: NoteMetaProps) {
  const speaker = note.speakerWithdrawn ? PURGED_PSEUDONYM : (note.speaker?.code ?? null);
  const zone = zoneLabel(note.sessionTimeZone);
  return (
    <div className="note-meta">
      {showSession && <span className="note-meta__session">Session {note.sessionNumber}</span>}
      <time dateTime={note.createdAt} title={`Venue time (${note.sessionTimeZone})`}>
        {formatNoteTime(note.createdAt, note.sessionTimeZone)}
        {zone && <span className="note-meta__zone"> {zone}</span>}
      </time>
      {speaker && (
        <span className="note-meta__speaker">
          <bdi>{speaker}</bdi>
        </span>
      )}
      {note.agendaItemTitle && !hideItem && (
        <span className="note-meta__item">
          <bdi>{note.agendaItemTitle}</bdi>
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
        <span key={`${tag.kind}:${tag.id ?? tag.label}`} className="note-tag">
          <bdi>{tag.label}</bdi>
        </span>
      ))}
    </div>
  );
}
