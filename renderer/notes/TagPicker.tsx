import { useEffect, useId, useState } from 'react';
import type { NoteTagInput, NoteTagOptions, NoteTagView } from '../../shared/contract';
import { attempt, useApi } from '../api';

/** A note's tags while editing: chosen topics and root causes by id, free tags as typed. */
export interface TagDraft {
  readonly topics: readonly string[];
  readonly rootCauses: readonly string[];
  /** Free tags, comma-separated, as the facilitator types them. */
  readonly free: string;
}

export const NO_TAGS: TagDraft = { topics: [], rootCauses: [], free: '' };

export function tagDraftOf(tags: readonly NoteTagView[]): TagDraft {
  return {
    topics: tags.flatMap((tag) => (tag.kind === 'topic' ? [tag.id] : [])),
    rootCauses: tags.flatMap((tag) => (tag.kind === 'root-cause' ? [tag.id] : [])),
    free: tags.flatMap((tag) => (tag.kind === 'free' ? [tag.label] : [])).join(', '),
  };
}

export function tagInputs(draft: TagDraft): NoteTagInput[] {
  return [
    ...draft.topics.map((id) => ({ kind: 'topic' as const, id })),
    ...draft.rootCauses.map((id) => ({ kind: 'root-cause' as const, id })),
    ...draft.free
      .split(',')
      .map((label) => label.trim())
      .filter((label) => label !== '')
      .map((label) => ({ kind: 'free' as const, label })),
  ];
}

/** The dialogue's topics and root causes to toggle, and a field for free tags. */
export function TagPicker({
  dialogueId,
  value,
  onChange,
}: {
  readonly dialogueId: string;
  readonly value: TagDraft;
  readonly onChange: (value: TagDraft) => void;
}) {
  const api = useApi();
  const id = useId();
  const [options, setOptions] = useState<NoteTagOptions | null>(null);
  useEffect(() => {
    let current = true;
    void attempt(() => api.note.tagOptions({ dialogueId })).then((result) => {
      if (current && result.ok) setOptions(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, dialogueId]);

  const toggle = (list: 'topics' | 'rootCauses', tagId: string) =>
    onChange({
      ...value,
      [list]: value[list].includes(tagId) ? value[list].filter((t) => t !== tagId) : [...value[list], tagId],
    });

  return (
    <div className="tag-picker">
      {options && (options.topics.length > 0 || options.rootCauses.length > 0) && (
        <div className="tag-picker__chips" role="group" aria-label="Topics and root causes">
          {options.topics.map((topic) => (
            <button
              key={topic.id}
              type="button"
              className="tag-picker__chip"
              aria-pressed={value.topics.includes(topic.id)}
              onClick={() => toggle('topics', topic.id)}
            >
              <span dir="auto">{topic.label}</span>
            </button>
          ))}
          {options.rootCauses.map((cause) => (
            <button
              key={cause.id}
              type="button"
              className="tag-picker__chip tag-picker__chip--cause"
              aria-pressed={value.rootCauses.includes(cause.id)}
              onClick={() => toggle('rootCauses', cause.id)}
            >
              <span dir="auto">Root cause: {cause.label}</span>
            </button>
          ))}
        </div>
      )}
      <label htmlFor={`${id}-free`} className="note-editor__field">
        <span>Other tags (comma-separated)</span>
      </label>
      <input
        id={`${id}-free`}
        className="control"
        dir="auto"
        list={`${id}-used`}
        value={value.free}
        onChange={(event) => onChange({ ...value, free: event.target.value })}
      />
      <datalist id={`${id}-used`}>
        {options?.free.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
    </div>
  );
}
