import { contract } from '../../../shared/contract';
import type { DialogueView, SessionView } from '../../../shared/contract';
import type { Services } from '../../../main/services';

/**
 * Setup the specs share, through the real services and the contract's own schemas (so defaults
 * apply as they do for the page's calls): the Cedar dialogue, and a one-day session today.
 */
export function cedarDialogue(services: Services): Promise<DialogueView> {
  return services.dialogues.create(
    contract['dialogue.create'].input.parse({
      codeName: 'Cedar',
      conflict: 'Water rights in the upper valleys',
      parties: [
        { name: 'Side A', kind: 'side' },
        { name: 'Side B', kind: 'side' },
        { name: 'Facilitation team', kind: 'facilitation' },
      ],
    }),
  );
}

export const party = (dialogue: DialogueView, name: string) => dialogue.parties.find((p) => p.name === name)!;

/** Today, all day, in UTC: whatever time the test runs, live mode's clock falls inside it. */
export async function sessionToday(
  services: Services,
  dialogueId: string,
  title: string,
  item?: { readonly title: string; readonly plannedMinutes: number },
): Promise<SessionView> {
  const today = new Date().toISOString().slice(0, 10);
  const session = await services.sessions.create(
    contract['session.create'].input.parse({
      dialogueId,
      title,
      startsAt: `${today}T00:00`,
      endsAt: `${today}T23:59`,
      timeZone: 'UTC',
    }),
  );
  if (item) {
    await services.agendas.add(contract['agenda.add'].input.parse({ sessionId: session.id, kind: 'plenary', ...item }));
  }
  return session;
}
