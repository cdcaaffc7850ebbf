import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

/**
 * A note's text as a small Markdown subset: paragraphs, emphasis, lists, quotes, code, headings
 * (shown as bold lines). Safe by construction:
 * - raw HTML is never interpreted: react-markdown escapes it, so `<script>` shows as text;
 * - links are inert: their text is shown, the address only as a tooltip, nothing navigates;
 * - images are never fetched: their description is shown instead;
 * - every block is `dir="auto"`, so an Arabic or Hebrew paragraph runs right-to-left among
 *   English ones.
 */
const ALLOWED = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
];

const heading = ({ children }: { children?: ReactNode }) => (
  <p dir="auto" className="note-body__heading">
    <strong>{children}</strong>
  </p>
);

const COMPONENTS: Components = {
  p: ({ children }) => <p dir="auto">{children}</p>,
  li: ({ children }) => <li dir="auto">{children}</li>,
  blockquote: ({ children }) => <blockquote dir="auto">{children}</blockquote>,
  pre: ({ children }) => <pre dir="auto">{children}</pre>,
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  a: ({ children, href }) => (
    <span className="note-body__link" title={href ? `Link (not opened): ${href}` : undefined}>
      {children}
    </span>
  ),
  img: ({ alt }) => <span className="note-body__image">[{alt || 'image'}]</span>,
};

export function NoteBody({ body }: { readonly body: string }) {
  return (
    <div className="note-body">
      {/* The default URL transform still blanks `javascript:` and the like, even in a tooltip. */}
      <Markdown allowedElements={ALLOWED} unwrapDisallowed components={COMPONENTS}>
        {body}
      </Markdown>
    </div>
  );
}
