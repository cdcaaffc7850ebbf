import type { agreementContract } from '../../shared/contract/agreement';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type AgreementHandlers = HandlersOf<typeof agreementContract>;

export const agreementHandlers = ({ agreements, exports }: Services): AgreementHandlers => ({
  'draft.list': (input) => agreements.drafts.list(input),
  'draft.get': (input) => agreements.drafts.get(input),
  'draft.create': (input) => agreements.drafts.create(input),
  'draft.update': (input) => agreements.drafts.update(input),
  'draft.delete': (input) => agreements.drafts.delete(input),
  'clause.add': (input) => agreements.clauses.add(input),
  'clause.save': (input) => agreements.clauses.save(input),
  'clause.move': (input) => agreements.clauses.move(input),
  'clause.indent': (input) => agreements.clauses.indent(input),
  'clause.delete': (input) => agreements.clauses.delete(input),
  'stance.set': (input) => agreements.clauses.setStance(input),
  'hold.add': (input) => agreements.clauses.addHold(input),
  'hold.remove': (input) => agreements.clauses.removeHold(input),
  'package.set': (input) => agreements.clauses.setPackage(input),
  'version.save': (input) => agreements.versions.save(input),
  'version.get': (input) => agreements.versions.get(input),
  'draft.compare': (input) => agreements.versions.compare(input),
  'commitment.list': (input) => agreements.commitments.list(input),
  'commitment.create': (input) => agreements.commitments.create(input),
  'commitment.update': (input) => agreements.commitments.update(input),
  'commitment.delete': (input) => agreements.commitments.delete(input),
  'agreement.warnings': (input) => agreements.commitments.warnings(input),
  'transfer.list': (input) => agreements.transfers.list(input),
  'transfer.create': (input) => agreements.transfers.create(input),
  'transfer.update': (input) => agreements.transfers.update(input),
  'transfer.delete': (input) => agreements.transfers.delete(input),
  'outcome.list': (input) => agreements.outcomes.list(input),
  'outcome.create': (input) => agreements.outcomes.create(input),
  'outcome.update': (input) => agreements.outcomes.update(input),
  'outcome.delete': (input) => agreements.outcomes.delete(input),
  'export.draftPdf': (input) => exports.draftPdf(input),
});
