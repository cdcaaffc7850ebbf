import type { noteContract } from '../../shared/contract/note';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type NoteHandlers = HandlersOf<typeof noteContract>;

export const noteHandlers = (services: Services): NoteHandlers => ({
  'note.save': (input) => services.notes.save(input),
  'note.get': (input) => services.notes.get(input),
  'note.list': (input) => services.notes.list(input),
  'note.history': (input) => services.notes.history(input),
  'note.delete': (input) => services.notes.delete(input),
  'note.search': (input) => services.notes.search(input),
  'note.tagOptions': (input) => services.notes.tagOptions(input),
});
