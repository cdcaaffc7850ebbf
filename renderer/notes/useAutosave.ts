import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Autosave, type SaveResult, type SaveStatus } from './autosave';
import { registerNoteFlush } from './flush';

export interface UseAutosaveOptions {
  /** Saves what is typed now (read through refs: the saver outlives renders). */
  readonly save: () => Promise<SaveResult>;
  /** False while there is nothing worth saving; true when absent. */
  readonly hasContent?: () => boolean;
  /** Error codes a retry cannot fix (see Autosave). */
  readonly finalCodes?: ReadonlySet<string>;
  /** Registers the saver to be flushed before the workspace locks; the notes' registry by default. */
  readonly register?: (autosave: Autosave) => () => void;
}

/**
 * A text saved as it is typed (within a second of a pause, on `flush`, and before the workspace
 * locks): one saver for the life of `key`; when the editor goes or `key` changes, what is pending
 * is saved, then the saver is dropped.
 */
export function useAutosave(key: string, initial: SaveStatus | (() => SaveStatus), options: UseAutosaveOptions) {
  const [status, setStatus] = useState<SaveStatus>(initial);
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const saver = useRef<Autosave | null>(null);

  useEffect(() => {
    const { finalCodes, register = (saver: Autosave) => registerNoteFlush(() => saver.flush()) } = latest.current;
    const autosave = new Autosave({
      hasContent: () => latest.current.hasContent?.() ?? true,
      onStatus: setStatus,
      ...(finalCodes ? { finalCodes } : {}),
      save: () => latest.current.save(),
    });
    saver.current = autosave;
    const unregister = register(autosave);
    return () => {
      unregister();
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [key]);

  return {
    status,
    setStatus,
    /** The text or a field changed. */
    change: () => saver.current?.change(),
    /** Saves now what is pending: true when all is saved. */
    flush: async () => (await saver.current?.flush()) ?? true,
  };
}

/** The save status in words (a failure says its message). */
export function saveStatusText(
  status: SaveStatus,
  words: { readonly saving: string; readonly saved: string; readonly unsaved: string },
): string {
  switch (status.kind) {
    case 'saving':
      return words.saving;
    case 'saved':
      return words.saved;
    case 'unsaved':
      return words.unsaved;
    case 'failed':
      return status.error.message;
    default:
      return '';
  }
}
