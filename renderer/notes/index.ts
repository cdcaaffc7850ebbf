/** The notes feature, as the app frame and the sessions screens use it. */
export { NotesSearchPage } from './NotesSearchPage';
export { SessionNotes } from './SessionNotes';
export { LiveNoteCapture } from './LiveNoteCapture';
export { NoteEditor } from './NoteEditor';
export { flushNotesBeforeLock } from './flush';
