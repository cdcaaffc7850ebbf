import { createDialogueService, type DialogueService } from './dialogues/dialogue-service';
import { randomId, systemClock, type ServiceContext } from './context';
import { createExportService, type ExportOptions, type ExportService } from './exports/export-service';
import { createNoteService, type NoteService } from './notes/note-service';
import { notesPurgeStep } from './notes/purge-step';
import { createPartyService, type PartyService } from './parties/party-service';
import type { PurgeStep } from './purge';
import { createRosterService, type RosterService } from './roster/roster-service';
import { createSessionServices, type SessionServices } from './sessions';
import { sessionsPurgeStep } from './sessions/purge-step';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { WorkspaceService, type WorkspaceServiceOptions } from './workspace/workspace-service';

export interface Services {
  readonly workspace: WorkspaceService;
  readonly dialogues: DialogueService;
  readonly parties: PartyService;
  readonly sessions: SessionServices['sessions'];
  readonly venues: SessionServices['venues'];
  readonly agendas: SessionServices['agendas'];
  readonly live: SessionServices['live'];
  readonly roster: RosterService;
  readonly notes: NoteService;
  readonly exports: ExportService;
  readonly settings: SettingsService;
}

export interface ServicesOptions extends WorkspaceServiceOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** How PDFs are printed and where exports go; without it, exports answer PDF_UNAVAILABLE. */
  readonly exports?: ExportOptions;
}

/**
 * Every domain's share of a participant purge, run in the purge's one transaction. A domain that
 * stores something attributable to a participant (notes, quotes, versions…) appends its step.
 */
const PURGE_STEPS: readonly PurgeStep[] = [notesPurgeStep, sessionsPurgeStep];

export function createServices(options: ServicesOptions): Services {
  const workspace = new WorkspaceService(options);
  const ctx: ServiceContext = {
    workspace: workspace.current,
    now: options.now ?? systemClock,
    newId: options.newId ?? randomId,
  };
  const sessions = createSessionServices(ctx);
  return {
    workspace,
    dialogues: createDialogueService(ctx),
    parties: createPartyService(ctx),
    ...sessions,
    roster: createRosterService(ctx, { purgeSteps: PURGE_STEPS }),
    notes: createNoteService(ctx, { onBeforeLock: (listener) => workspace.onBeforeLock(listener) }),
    exports: createExportService(ctx, { agendas: sessions.agendas }, options.exports),
    settings: createSettingsService(ctx),
  };
}
