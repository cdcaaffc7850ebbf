/** Reports (migration 011): sponsor-report profiles, the working sponsor report, risky sessions, agreed statements. */
export interface ReportProfilesTable {
  id: string;
  dialogue_id: string;
  name: string;
  /** The name folded (case, accents): one dialogue's profiles differ by it. */
  name_key: string;
  /** JSON array of the optional sections included. */
  sections: string;
  risky_period: 'month' | 'quarter';
  venue_detail: 'venue' | 'city' | 'country';
  min_count: number;
  replacement: 'participant' | 'participant-with-side' | 'remove';
  created_at: string;
  updated_at: string;
}

export interface SponsorReportsTable {
  dialogue_id: string;
  profile_id: string | null;
  scope: 'all' | 'chosen';
  updated_at: string;
}

export interface SponsorReportSessionsTable {
  dialogue_id: string;
  session_id: string;
}

export interface SponsorReportTextsTable {
  dialogue_id: string;
  section: string;
  body: string;
  updated_at: string;
}

export interface SessionReportMarksTable {
  session_id: string;
  risky: number;
  venue_label: string;
  updated_at: string;
}

export interface AgreedStatementsTable {
  note_id: string;
  agreed_on: string;
  body_sha256: string;
  created_at: string;
}

export interface ReportTables {
  report_profiles: ReportProfilesTable;
  sponsor_reports: SponsorReportsTable;
  sponsor_report_sessions: SponsorReportSessionsTable;
  sponsor_report_texts: SponsorReportTextsTable;
  session_report_marks: SessionReportMarksTable;
  agreed_statements: AgreedStatementsTable;
}
