import type { OwnerView } from '../contract/agreement';

/** The owner as exports say it: a side, a role, a speaker code or "withdrawn participant". */
export function ownerLabel(owner: OwnerView): string {
  if (owner.kind === 'party') return owner.partyName ?? 'a side since removed';
  if (owner.kind === 'role') return owner.partyName ? `${owner.role} (${owner.partyName})` : owner.role;
  if (owner.withdrawn) return 'withdrawn participant';
  return owner.speakerCode ?? 'a participant';
}
