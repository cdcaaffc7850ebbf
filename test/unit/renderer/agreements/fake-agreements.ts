import { vi } from 'vitest';
import { parseClause } from '../../../../shared/agreements/brackets';
import {
  clauseNumbers,
  indent,
  insertionIndex,
  moveDown,
  moveUp,
  outdent,
} from '../../../../shared/agreements/outline';
import type {
  AgreementWarningsView,
  ClauseView,
  DraftView,
  OutlineView,
  ParleyApi,
  ParticipantSummary,
} from '../../../../shared/contract';
import { dialogueView } from '../fake-api';

/**
 * A fake `window.parley` for the drafting screens: clauses live in memory and structural edits
 * follow the same outline rules as the service (shared/agreements/outline.ts), so the editor is
 * tested against the behaviour it will meet, not against canned answers.
 */
export const SIDE_A = '00000000-0000-4000-8000-0000000000a1';
export const SIDE_B = '00000000-0000-4000-8000-0000000000a2';
export const DRAFT_ID = '00000000-0000-4000-8000-0000000000d1';

export const dialogue = dialogueView({
  id: '00000000-0000-4000-8000-0000000000e1',
  codeName: 'Cedar',
  parties: [
    { id: SIDE_A, dialogueId: 'd', name: 'Side A', kind: 'side', position: 0 },
    { id: SIDE_B, dialogueId: 'd', name: 'Side B', kind: 'side', position: 1 },
  ],
});

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (code: string, message: string) => ({ ok: false as const, error: { code: code as never, message } });

interface StoredClause {
  id: string;
  depth: number;
  text: string;
  pendingText: string | null;
  status: ClauseView['status'];
}

export function createAgreementsApi(texts: readonly string[] = []) {
  let clauses: StoredClause[] = texts.map((text, index) => ({
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    depth: 0,
    text,
    pendingText: null,
    status: 'proposed',
  }));

  const view = (clause: StoredClause): ClauseView => {
    const numbers = clauseNumbers(clauses.map((c) => c.depth));
    const index = clauses.findIndex((c) => c.id === clause.id);
    const parse = parseClause(clause.text);
    return {
      id: clause.id,
      draftId: DRAFT_ID,
      position: index,
      depth: clause.depth,
      number: numbers[index]!,
      text: clause.text,
      pendingText: clause.pendingText,
      problem: null,
      warnings: [],
      status: clause.status,
      bracketCount: parse.ok ? parse.brackets.length : 0,
      clean: false,
      stances: [],
      holds: [],
      commitmentCount: 0,
      updatedAt: '2026-05-14T09:00:00.000Z',
    };
  };
  const outline = (): OutlineView => {
    const numbers = clauseNumbers(clauses.map((c) => c.depth));
    return { draftId: DRAFT_ID, clauses: clauses.map((c, i) => ({ id: c.id, depth: c.depth, number: numbers[i]! })) };
  };
  const draft = (): DraftView => ({
    id: DRAFT_ID,
    dialogueId: dialogue.id,
    title: 'Joint statement on the water commons',
    purpose: '',
    stage: 'pre-negotiation',
    status: 'working',
    finalOn: null,
    clauseCount: clauses.length,
    cleanCount: 0,
    bracketCount: 0,
    latestVersion: null,
    createdAt: '2026-05-14T09:00:00.000Z',
    updatedAt: '2026-05-14T09:00:00.000Z',
    sides: [
      { id: SIDE_A, name: 'Side A', position: 0 },
      { id: SIDE_B, name: 'Side B', position: 1 },
    ],
    clauses: clauses.map(view),
    packages: [],
    versions: [],
    changedSinceVersion: clauses.length > 0,
  });
  const restructure = (id: string, apply: (o: StoredClause[], index: number) => StoredClause[] | null) => {
    const index = clauses.findIndex((c) => c.id === id);
    const next = apply(clauses, index);
    if (!next) return fail('CLAUSE_CANNOT_MOVE', 'That clause cannot move that way.');
    clauses = next;
    return ok(outline());
  };
  let warnings: AgreementWarningsView = {
    today: '2026-05-14',
    dueSoonDays: 14,
    followUpDays: 90,
    commitments: [],
    orphanRisks: [],
  };

  const api = {
    draft: {
      get: vi.fn<ParleyApi['draft']['get']>(async () => ok(draft())),
      list: vi.fn<ParleyApi['draft']['list']>(async () => ok([draft()])),
    },
    clause: {
      add: vi.fn<ParleyApi['clause']['add']>(async ({ id, afterClauseId, depth, text = '' }) => {
        if (!clauses.some((c) => c.id === id)) {
          const after = afterClauseId === null ? -1 : clauses.findIndex((c) => c.id === afterClauseId);
          const at = insertionIndex(clauses, after);
          clauses.splice(at, 0, {
            id,
            depth: depth ?? clauses[after]?.depth ?? 0,
            text,
            pendingText: null,
            status: 'proposed',
          });
        }
        return ok(outline());
      }),
      save: vi.fn<ParleyApi['clause']['save']>(async ({ id, text, status }) => {
        const clause = clauses.find((c) => c.id === id);
        if (!clause) return fail('CLAUSE_NOT_FOUND', 'That clause is no longer in this draft.');
        if (text !== undefined) {
          if (parseClause(text).ok) {
            clause.text = text;
            clause.pendingText = null;
          } else clause.pendingText = text;
        }
        if (status !== undefined) clause.status = status;
        return ok(view(clause));
      }),
      move: vi.fn<ParleyApi['clause']['move']>(async ({ id, direction }) =>
        restructure(id, direction === 'up' ? moveUp : moveDown),
      ),
      indent: vi.fn<ParleyApi['clause']['indent']>(async ({ id, direction }) =>
        restructure(id, direction === 'in' ? indent : outdent),
      ),
      delete: vi.fn<ParleyApi['clause']['delete']>(async ({ id }) => {
        clauses = clauses.filter((c) => c.id !== id);
        return ok(outline());
      }),
    },
    agreement: {
      warnings: vi.fn<ParleyApi['agreement']['warnings']>(async () => ok(warnings)),
    },
    participant: {
      list: vi.fn(async () => ok([] as ParticipantSummary[])),
    },
  };
  return {
    api: api as unknown as ParleyApi & typeof api,
    get clauses(): readonly StoredClause[] {
      return clauses;
    },
    setWarnings(next: AgreementWarningsView) {
      warnings = next;
    },
  };
}
