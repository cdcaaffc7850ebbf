import type { AgendaTemplateView, TemplateItemView } from '../contract/agenda';

/**
 * Built-in agenda templates: well-known workshop designs from Track Two practice, as starting
 * points the facilitator then adapts. Titles name a stage and who speaks, never a person.
 */

type Item = Omit<TemplateItemView, 'lead' | 'notes' | 'regime' | 'caucusPartyPosition'> &
  Partial<Pick<TemplateItemView, 'lead' | 'notes' | 'regime'>>;

const item = (
  day: number,
  kind: TemplateItemView['kind'],
  title: string,
  plannedMinutes: number,
  extra: Partial<Item> = {},
): TemplateItemView => ({
  day,
  kind,
  title,
  plannedMinutes,
  lead: kind === 'plenary' || kind === 'exercise' ? 'facilitator' : 'none',
  notes: '',
  regime: null,
  caucusPartyPosition: null,
  ...extra,
});

/**
 * Herbert Kelman's interactive problem-solving workshop: each side's needs and fears first, heard
 * by the other; then joint thinking about ideas that meet both sides' needs (no "it won't work"
 * yet); then the political and psychological constraints at home; then how to overcome them.
 */
const kelman: AgendaTemplateView = {
  id: 'builtin:kelman',
  name: 'Kelman problem-solving workshop',
  description:
    'Two days: needs and fears of each side → joint thinking (no “it won’t work”) → constraints → overcoming constraints.',
  builtIn: true,
  items: [
    item(0, 'plenary', 'Welcome, ground rules and the third party’s role', 45, {
      notes:
        'Confidentiality rule, no attribution, no commitments on behalf of governments; the facilitators do not propose solutions.',
    }),
    item(0, 'informal', 'Introductions: who we are, why we came', 45),
    item(0, 'break', 'Coffee break', 20),
    item(0, 'plenary', 'Needs and fears: first side', 75, {
      notes: 'One side speaks about its concerns, needs and fears; the other listens and asks only to understand.',
    }),
    item(0, 'meal', 'Lunch', 75),
    item(0, 'plenary', 'Needs and fears: second side', 75, {
      notes: 'The other side speaks; the first listens and asks only to understand.',
    }),
    item(0, 'break', 'Break', 20),
    item(0, 'plenary', 'What did we hear? Each side restates the other’s needs', 60),
    item(0, 'informal', 'Free time: walk-and-talk in mixed pairs', 90, {
      notes: 'Optional; nobody is asked to share anything.',
    }),
    item(0, 'meal', 'Dinner together', 90, { notes: 'Informal; no agenda.' }),
    item(1, 'plenary', 'Recap of day one', 30),
    item(1, 'plenary', 'Joint thinking: ideas that meet both sides’ needs', 90, {
      notes: 'Brainstorm without judging: no “it won’t work” at this stage. Ideas belong to the room, not to a side.',
    }),
    item(1, 'break', 'Coffee break', 20),
    item(1, 'plenary', 'Constraints: what makes these ideas hard at home', 75, {
      notes: 'Political and psychological constraints on each side, named without defending them.',
    }),
    item(1, 'meal', 'Lunch', 75),
    item(1, 'plenary', 'Overcoming constraints: what each side could do', 90),
    item(1, 'break', 'Break', 20),
    item(1, 'plenary', 'Closing: what we take home and how we speak about it', 45),
  ],
};

/** Harold Saunders' five stages of Sustained Dialogue, as one day. */
const sustainedDialogue: AgendaTemplateView = {
  id: 'builtin:sustained-dialogue',
  name: 'Sustained Dialogue: five stages',
  description:
    'Deciding to engage → mapping relationships and naming problems → probing problems and relationships → scenario-building → acting together.',
  builtIn: true,
  items: [
    item(0, 'plenary', 'Stage 1: deciding to engage', 45, {
      notes: 'Why each of us is here; the covenant of the group (confidentiality, listening, time).',
    }),
    item(0, 'plenary', 'Stage 2: mapping relationships and naming problems', 75),
    item(0, 'break', 'Coffee break', 20),
    item(0, 'plenary', 'Stage 3: probing problems and relationships, choosing a direction', 90),
    item(0, 'meal', 'Lunch', 60),
    item(0, 'plenary', 'Stage 4: scenario-building — what could be done, by whom', 90),
    item(0, 'break', 'Break', 20),
    item(0, 'plenary', 'Stage 5: acting together — next steps', 60),
    item(0, 'informal', 'Closing round', 20),
  ],
};

const retreatDay: AgendaTemplateView = {
  id: 'builtin:retreat-day',
  name: 'Plain retreat day',
  description: 'Opening, three working sessions with breaks and meals, closing, and an informal evening.',
  builtIn: true,
  items: [
    item(0, 'plenary', 'Opening and the day’s plan', 30),
    item(0, 'plenary', 'Session one', 90),
    item(0, 'break', 'Coffee break', 30),
    item(0, 'plenary', 'Session two', 90),
    item(0, 'meal', 'Lunch', 75),
    item(0, 'breakout', 'Session three in small groups', 90),
    item(0, 'break', 'Break', 20),
    item(0, 'plenary', 'Reports from the groups and closing', 60),
    item(0, 'meal', 'Dinner', 90),
    item(0, 'informal', 'Informal evening', 90),
  ],
};

export const BUILT_IN_TEMPLATES: readonly AgendaTemplateView[] = [kelman, sustainedDialogue, retreatDay];
export { BUILT_IN_TEMPLATE_IDS, type BuiltInTemplateId } from '../domain/session';

export function builtInTemplate(id: string): AgendaTemplateView | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
