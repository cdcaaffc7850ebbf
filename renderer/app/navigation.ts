import {
  CalendarDays,
  FileText,
  HeartHandshake,
  MessagesSquare,
  NotebookPen,
  ScrollText,
  Users,
  type LucideIcon,
} from 'lucide-react';

export type SectionId = 'dialogues' | 'roster' | 'sessions' | 'notes' | 'exercises' | 'agreements' | 'reports';

export interface Section {
  readonly id: SectionId;
  readonly label: string;
  readonly icon: LucideIcon;
  /** Sections land feature by feature; the rest are shown so the shape of the app is visible. */
  readonly ready: boolean;
}

export const SECTIONS: readonly Section[] = [
  { id: 'dialogues', label: 'Dialogues', icon: MessagesSquare, ready: true },
  { id: 'roster', label: 'Roster', icon: Users, ready: true },
  { id: 'sessions', label: 'Sessions', icon: CalendarDays, ready: true },
  { id: 'notes', label: 'Notes', icon: NotebookPen, ready: true },
  { id: 'exercises', label: 'Exercises', icon: HeartHandshake, ready: true },
  { id: 'agreements', label: 'Agreements', icon: ScrollText, ready: true },
  { id: 'reports', label: 'Reports', icon: FileText, ready: true },
];
