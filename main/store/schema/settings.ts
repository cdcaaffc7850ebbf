/** One workspace setting (migration 005): its key and its value as JSON text. */
export interface WorkspaceSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface SettingsTables {
  workspace_settings: WorkspaceSettingsTable;
}
