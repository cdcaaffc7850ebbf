import { createDialogueService, type DialogueService } from './dialogues/dialogue-service';
import { randomId, systemClock, type ServiceContext } from './context';
import { createPartyService, type PartyService } from './parties/party-service';
import { WorkspaceService, type WorkspaceServiceOptions } from './workspace/workspace-service';

export interface Services {
  readonly workspace: WorkspaceService;
  readonly dialogues: DialogueService;
  readonly parties: PartyService;
}

export interface ServicesOptions extends WorkspaceServiceOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function createServices(options: ServicesOptions): Services {
  const workspace = new WorkspaceService(options);
  const ctx: ServiceContext = {
    workspace: workspace.current,
    now: options.now ?? systemClock,
    newId: options.newId ?? randomId,
  };
  return {
    workspace,
    dialogues: createDialogueService(ctx),
    parties: createPartyService(ctx),
  };
}
