import type { reportContract } from '../../shared/contract/report';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type ReportHandlers = HandlersOf<typeof reportContract>;

export const reportHandlers = ({ reports, exports }: Services): ReportHandlers => ({
  'sponsorReport.get': (input) => reports.sponsorReports.get(input),
  'sponsorReport.saveText': (input) => reports.sponsorReports.saveText(input),
  'sponsorReport.setSessions': (input) => reports.sponsorReports.setSessions(input),
  'sponsorReport.useProfile': (input) => reports.sponsorReports.useProfile(input),
  'sponsorReport.markSession': (input) => reports.sponsorReports.markSession(input),
  'sponsorReport.statements': (input) => reports.sponsorReports.statements(input),
  'sponsorReport.markAgreed': (input) => reports.sponsorReports.markAgreed(input),
  'sponsorReport.unmarkAgreed': (input) => reports.sponsorReports.unmarkAgreed(input),
  'sponsorReport.preview': (input) => reports.sponsorReports.preview(input),
  'reportProfile.list': (input) => reports.profiles.list(input),
  'reportProfile.save': (input) => reports.profiles.save(input),
  'reportProfile.delete': (input) => reports.profiles.delete(input),
  'export.sessionSummaryPdf': (input) => exports.sessionSummaryPdf(input),
  'export.sponsorReportPdf': (input) => exports.sponsorReportPdf(input),
  'workspace.verifyExport': (input) => reports.verifyExport(input),
});
