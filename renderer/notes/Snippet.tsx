import type { NoteSnippet } from '../../shared/contract';

/** A search snippet: text as text, matches in <mark>, ellipses where the note goes on. */
export function Snippet({ snippet }: { readonly snippet: NoteSnippet }) {
  return (
    <p className="note-snippet" dir="auto">
      {snippet.truncatedStart && '…'}
      {snippet.segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
      {snippet.truncatedEnd && '…'}
    </p>
  );
}
