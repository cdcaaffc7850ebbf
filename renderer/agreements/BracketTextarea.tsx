import { useLayoutEffect, useRef, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { parseClause, type Segment } from '../../shared/agreements/brackets';

export interface BracketTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'ref'> {
  readonly value: string;
  /** Where the brackets stop balancing, from the parser: marked in the text. */
  readonly problemOffset: number | null;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A plain textarea — the browser's own editing, selection, undo, input methods and right-to-left
 * handling — over a backdrop that mirrors its text character for character and shades every
 * bracket: one tint per level, so a bracket inside a bracket is visibly deeper. The backdrop's text
 * is transparent and uses the same font, so only the shading shows through; it never changes a
 * glyph's width (no bold, no other size), or the shading would drift from the words.
 */
export function BracketTextarea({ value, problemOffset, ref, className, ...rest }: BracketTextareaProps) {
  const area = useRef<HTMLTextAreaElement | null>(null);
  const backdrop = useRef<HTMLDivElement>(null);

  // Grows with its text: a clause reads as a paragraph, not a box with its own scrollbar.
  useLayoutEffect(() => {
    const node = area.current;
    if (!node) return;
    node.style.height = 'auto';
    node.style.height = `${node.scrollHeight}px`;
  }, [value]);

  return (
    <div className={['bt', className ?? ''].filter(Boolean).join(' ')}>
      <div className="bt__backdrop" ref={backdrop} aria-hidden="true" dir="auto">
        {shade(value, problemOffset)}
        {/* A trailing newline needs a character after it to take up its line, as in the textarea. */}
        {'\u200b'}
      </div>
      <textarea
        {...rest}
        ref={(node) => {
          area.current = node;
          if (typeof ref === 'function') ref(node);
          else if (ref) ref.current = node;
        }}
        className="bt__input"
        dir="auto"
        rows={1}
        spellCheck={false}
        value={value}
      />
    </div>
  );
}

/** The text as spans: brackets shaded by depth, option labels underlined, the problem marked. */
function shade(text: string, problemOffset: number | null): ReactNode {
  const parse = parseClause(text);
  if (!parse.ok) {
    const at = problemOffset ?? parse.error.offset;
    return (
      <>
        {text.slice(0, at)}
        <mark className="bt__problem">{text.slice(at, at + 1)}</mark>
        {text.slice(at + 1)}
      </>
    );
  }
  const render = (segments: readonly Segment[]): ReactNode[] =>
    segments.map((segment) => {
      // Raw slices, escapes included: the backdrop must hold exactly the textarea's characters.
      if (segment.kind === 'text') return text.slice(segment.start, segment.end);
      if (segment.kind === 'alternatives') return <span key={segment.start}>{render(segment.children)}</span>;
      const label = segment.option;
      const children = render(segment.children);
      return (
        <mark key={segment.start} className={`bt__bracket bt__depth-${Math.min(segment.depth, 4)}`}>
          {label ? (
            <>
              {'['}
              <span className="bt__option">{text.slice(segment.start + 1, label.bodyStart)}</span>
              {labelRest(text, segment, label.bodyStart)}
            </>
          ) : (
            <>
              {'['}
              {children}
            </>
          )}
          {']'}
        </mark>
      );
    });

  /** A labelled bracket's content after its label, rendered with its own inner brackets. */
  function labelRest(source: string, bracket: Extract<Segment, { kind: 'bracket' }>, bodyStart: number): ReactNode[] {
    const out: ReactNode[] = [];
    for (const child of bracket.children) {
      if (child.end <= bodyStart) continue;
      if (child.kind === 'text' && child.start < bodyStart) out.push(source.slice(bodyStart, child.end));
      else out.push(...render([child]));
    }
    return out;
  }

  return render(parse.segments);
}
