/** The redaction engine's per-dialogue settings (migration 005). */
export interface SafePhrasesTable {
  id: string;
  dialogue_id: string;
  phrase: string;
  /** The phrase's words folded as the redaction engine reads them, space-separated. */
  phrase_key: string;
  created_at: string;
}

export interface RedactionTables {
  safe_phrases: SafePhrasesTable;
}
