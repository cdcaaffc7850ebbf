import { vi } from 'vitest';
import type {
  ExportLogEntry,
  ParleyApi,
  ReportProfileView,
  SponsorReportPreview,
  SponsorReportView,
  StatementList,
} from '../../../../shared/contract';
import { SPONSOR_TEXT_SECTIONS } from '../../../../shared/domain/report';
import { slot } from '../../../../shared/reports/sponsor-document';

export const DIALOGUE_ID = '00000000-0000-4000-8000-0000000000d1';
export const S1 = '00000000-0000-4000-8000-0000000000a1';
export const S2 = '00000000-0000-4000-8000-0000000000a2';

export const WARNING = {
  id: 'w-00000000000000000000000b',
  where: 'The section “Risks and do-no-harm”',
  kind: 'singling-out' as const,
  reason: 'Words that single out one person',
};

export function reportView(fields: Partial<SponsorReportView> = {}): SponsorReportView {
  return {
    dialogueId: DIALOGUE_ID,
    codeName: 'Cedar',
    profileId: null,
    profiles: [],
    scope: 'all',
    sessions: [
      {
        id: S1,
        number: 1,
        title: 'Opening round',
        startsLocal: '2026-03-12T09:00',
        endsLocal: '2026-03-13T17:00',
        venueName: 'Lakeside retreat house',
        regime: 'chatham-house',
        included: true,
        risky: false,
        venueLabel: '',
      },
      {
        id: S2,
        number: 2,
        title: 'Data round',
        startsLocal: '2026-04-20T09:00',
        endsLocal: '2026-04-21T17:00',
        venueName: 'Hotel Saba',
        regime: 'chatham-house',
        included: true,
        risky: true,
        venueLabel: '',
      },
    ],
    texts: SPONSOR_TEXT_SECTIONS.map((section) => ({
      section,
      body: section === 'risks' ? 'The only former general on Side A was criticised.' : '',
      updatedAt: section === 'risks' ? '2026-05-01T10:00:00.000Z' : null,
    })),
    ...fields,
  };
}

export const PREVIEW: SponsorReportPreview = {
  profileName: 'Standard',
  document: {
    codeName: slot('Cedar'),
    meetingsLabel: 'Meetings 1–2',
    period: slot('March–April 2026', [{ start: 0, end: 16, reason: 'coarsened' }]),
    regimes: ['chatham-house'],
    minCount: 3,
    preparedIn: 'May 2026',
    sides: [
      { id: 'sa', name: slot('Side A') },
      { id: 'sb', name: slot('Side B') },
    ],
    meetings: [
      {
        number: 1,
        period: slot('12–13 March 2026'),
        venue: slot('Montreux, Switzerland'),
        risky: false,
        regime: 'chatham-house',
        participation: {
          recorded: true,
          counts: [
            { sideId: 'sa', shown: '3', suppressed: false },
            { sideId: 'sb', shown: 'fewer than 3', suppressed: true },
          ],
          total: null,
        },
      },
    ],
    participants: { recorded: true, counts: [], total: null },
    sections: [
      {
        key: 'risks',
        body: slot('The only former general on Side A was criticised.', [
          { start: 0, end: 8, reason: 'reidentification', warningId: WARNING.id },
        ]),
      },
      {
        key: 'session-points',
        meetings: [
          {
            meeting: 1,
            points: [slot('A participant suggested a committee.', [{ start: 0, end: 13, reason: 'participant-name' }])],
          },
        ],
      },
    ],
    omitted: [{ key: 'outcomes', reason: 'nothing-recorded' }],
  },
  changes: [
    { where: 'Meeting 1, participants from Side B', reason: 'small count suppressed' },
    { where: 'Meeting 1, point 1', reason: 'participant name' },
    {
      where: WARNING.where,
      reason: 're-identification risk — to confirm: Words that single out one person',
      warningId: WARNING.id,
    },
  ],
  warnings: [WARNING],
  quotesLeftOut: 1,
  changedStatements: 0,
};

const ok = <T>(value: T) => ({ ok: true as const, value });

/** The calls the Reports page makes, each a `vi.fn` with a plausible answer. */
export function createReportsApi() {
  let report = reportView();
  const profiles: ReportProfileView[] = [];
  const api = {
    sponsorReport: {
      get: vi.fn(async () => ok(report)),
      saveText: vi.fn(async ({ section, body }: { section: string; body: string }) =>
        ok({ section, body, updatedAt: '2026-05-02T10:00:00.000Z' }),
      ),
      setSessions: vi.fn(async ({ sessionIds }: { sessionIds: string[] | null }) => {
        report = {
          ...report,
          scope: sessionIds ? 'chosen' : 'all',
          sessions: report.sessions.map((s) => ({ ...s, included: !sessionIds || sessionIds.includes(s.id) })),
        };
        return ok(report);
      }),
      useProfile: vi.fn(async ({ profileId }: { profileId: string | null }) => {
        report = { ...report, profileId, profiles: [...profiles] };
        return ok(report);
      }),
      markSession: vi.fn(
        async ({ sessionId, risky, venueLabel }: { sessionId: string; risky: boolean; venueLabel: string }) =>
          ok({ ...report.sessions.find((s) => s.id === sessionId)!, risky, venueLabel }),
      ),
      statements: vi.fn(async (): Promise<{ ok: true; value: StatementList }> =>
        ok({
          statements: [
            {
              noteId: 'n1',
              sessionId: S1,
              sessionNumber: 1,
              agendaItemTitle: 'Opening',
              level: 'sponsor',
              body: 'Both sides will share flow data.',
              agreed: null,
              createdAt: '2026-03-12T09:00:00.000Z',
            },
          ],
          total: 1,
        }),
      ),
      markAgreed: vi.fn(async ({ noteId, agreedOn }: { noteId: string; agreedOn: string }) =>
        ok({
          noteId,
          sessionId: S1,
          sessionNumber: 1,
          agendaItemTitle: 'Opening',
          level: 'sponsor' as const,
          body: 'Both sides will share flow data.',
          agreed: { agreedOn, current: true },
          createdAt: '2026-03-12T09:00:00.000Z',
        }),
      ),
      unmarkAgreed: vi.fn(),
      preview: vi.fn(async () => ok(PREVIEW)),
    },
    reportProfile: {
      list: vi.fn(async () => ok(profiles)),
      save: vi.fn(async (input: Omit<ReportProfileView, 'id' | 'createdAt' | 'updatedAt'>) => {
        const saved: ReportProfileView = {
          ...input,
          id: '00000000-0000-4000-8000-0000000000f1',
          createdAt: '2026-05-01T00:00:00.000Z',
          updatedAt: '2026-05-01T00:00:00.000Z',
        };
        profiles.push(saved);
        return ok(saved);
      }),
      delete: vi.fn(),
    },
    export: {
      sponsorReportPdf: vi.fn(),
      sessionSummaryPdf: vi.fn(),
      rosterCsv: vi.fn(),
    },
    session: {
      list: vi.fn(async () =>
        ok(
          reportView().sessions.map((s) => ({
            id: s.id,
            number: s.number,
            title: s.title,
            startsAt: `${s.startsLocal}:00.000Z`,
            endsAt: `${s.endsLocal}:00.000Z`,
            timeZone: 'UTC',
          })),
        ),
      ),
    },
    safePhrase: {
      list: vi.fn(async () => ok([])),
      add: vi.fn(),
      remove: vi.fn(),
    },
    workspace: {
      exportLog: vi.fn(async (): Promise<{ ok: true; value: ExportLogEntry[] }> =>
        ok([
          {
            id: 7,
            exportedAt: '2026-05-02T10:00:00.000Z',
            kind: 'sponsor-report',
            dialogueId: DIALOGUE_ID,
            dialogueCodeName: 'Cedar',
            sessionIds: [S1, S2],
            sessionNumbers: [1, 2],
            profile: 'Standard',
            fileName: 'Cedar-sponsor-report-meetings-1-2.pdf',
            bytes: 82_139,
            sha256: 'a'.repeat(64),
          },
        ]),
      ),
      verifyExport: vi.fn(),
    },
    on: vi.fn(() => () => undefined),
  };
  return { api: api as unknown as ParleyApi & typeof api };
}
