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
}

export const SECTIONS: readonly Section[] = [
  { id: 'dialogues', label: 'Dialogues', icon: MessagesSquare },
  { id: 'roster', label: 'Roster', icon: Users },
  { id: 'sessions', label: 'Sessions', icon: CalendarDays },
  { id: 'notes', label: 'Notes', icon: NotebookPen },
  { id: 'exercises', label: 'Exercises', icon: HeartHandshake },
  { id: 'agreements', label: 'Agreements', icon: ScrollText },
  { id: 'reports', label: 'Reports', icon: FileText },
];
