import { useMemo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { BODY_WORD, makeMatcher, termsFromUnderstood } from '../../shared/text/search-match';

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
  'mark',
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

/** The few shapes of the HTML tree (hast) the highlighter walks. */
interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
}

/**
 * A rehype plugin marking the words a search matched (<mark>), by the search's own rule
 * (shared/text/search-match.ts). Text inside code is left as typed. Marks are elements of the
 * tree, never HTML: the note stays text.
 */
function highlightWords(matches: (word: string) => boolean) {
  const split = (value: string): TreeNode[] => {
    const parts: TreeNode[] = [];
    let last = 0;
    for (const found of value.matchAll(BODY_WORD)) {
      if (!matches(found[0])) continue;
      if (found.index > last) parts.push({ type: 'text', value: value.slice(last, found.index) });
      parts.push({ type: 'element', tagName: 'mark', properties: {}, children: [{ type: 'text', value: found[0] }] });
      last = found.index + found[0].length;
    }
    if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
    return parts;
  };
  const walk = (node: TreeNode, inCode: boolean) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      if (child.type === 'text' && !inCode) return split(child.value ?? '');
      if (child.type === 'element') walk(child, inCode || child.tagName === 'code' || child.tagName === 'pre');
      return [child];
    });
  };
  return () => (tree: TreeNode) => walk(tree, false);
}

export interface NoteBodyProps {
  readonly body: string;
  /** A search's terms as main understood them: their words are marked, as in the snippet. */
  readonly highlight?: readonly string[] | undefined;
}

export function NoteBody({ body, highlight }: NoteBodyProps) {
  const key = highlight?.join('\u0000') ?? '';
  const plugins = useMemo(
    () => (key === '' ? [] : [highlightWords(makeMatcher(termsFromUnderstood(key.split('\u0000'))))]),
    [key],
  );
  return (
    <div className="note-body">
      {/* The default URL transform still blanks `javascript:` and the like, even in a tooltip. */}
      <Markdown allowedElements={ALLOWED} unwrapDisallowed components={COMPONENTS} rehypePlugins={plugins}>
        {body}
      </Markdown>
    </div>
  );
}
