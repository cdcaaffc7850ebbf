import { z } from 'zod';
import { PARTY_KINDS } from '../domain/dialogue';
import type { PartyKind } from '../domain/dialogue';
import { as, method } from './method';
import { Id, label } from './fields';

export interface PartyView {
  readonly id: string;
  readonly dialogueId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly position: number;
}

/** A side of the dialogue as other views name it: a party of kind `side`, never the facilitation team. */
export type SideView = Pick<PartyView, 'id' | 'name' | 'position'>;

export const PartyName = label(120);
export const PartyInput = z.object({ name: PartyName, kind: z.enum(PARTY_KINDS).default('side') }).strict();

export const partyContract = {
  'party.create': method({
    input: z.object({ dialogueId: Id, name: PartyName, kind: z.enum(PARTY_KINDS).default('side') }).strict(),
    output: as<PartyView>(),
    errors: ['WORKSPACE_LOCKED', 'DIALOGUE_NOT_FOUND', 'DUPLICATE_PARTY', 'DISK_FULL', 'WORKSPACE_CORRUPT'],
  }),
  'party.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly PartyView[]>(),
    errors: ['WORKSPACE_LOCKED', 'DIALOGUE_NOT_FOUND', 'WORKSPACE_CORRUPT'],
  }),
};
