import { memo, type ReactNode } from 'react';
import { parseClause, type Segment } from '../../shared/agreements/brackets';

/**
 * A clause's text as a reader sees it, read-only: each bracket a shaded span (a bracket inside
 * another is shaded deeper) with its depth written small after the opening bracket, so nesting
 * never depends on colour alone; option labels in bold. Used where clauses are read rather than
 * typed: the stance grid, versions.
 */
export const ClauseText = memo(function ClauseText({ text }: { readonly text: string }) {
  const parse = parseClause(text);
  if (!parse.ok) {
    return (
      <span className="clause-text" dir="auto">
        {text}
      </span>
    );
  }
  return (
    <span className="clause-text" dir="auto">
      {render(parse.segments, text)}
    </span>
  );
});

function render(segments: readonly Segment[], source: string): ReactNode[] {
  return segments.map((segment) => {
    if (segment.kind === 'text') return segment.text;
    if (segment.kind === 'alternatives') {
      return (
        <span key={segment.start} className="ct-alternatives">
          {render(segment.children, source)}
        </span>
      );
    }
    const label = segment.option;
    const children = label
      ? segment.children.flatMap((child): Segment[] => {
          if (child.end <= label.bodyStart) return [];
          if (child.kind === 'text' && child.start < label.bodyStart) {
            return [{ ...child, text: child.text.slice(label.bodyStart - child.start), start: label.bodyStart }];
          }
          return [child];
        })
      : segment.children;
    return (
      <span key={segment.start} className={`ct-bracket ct-depth-${Math.min(segment.depth, 4)}`}>
        <span className="ct-mark">[</span>
        <sup className="ct-depth" aria-hidden="true">
          {segment.depth}
        </sup>
        {label && <strong className="ct-option">{label.label}: </strong>}
        {render(children, source)}
        <span className="ct-mark">]</span>
      </span>
    );
  });
}
