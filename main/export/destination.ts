/** Where an export goes: the app asks with a save dialog, the CLI takes --out. */
export interface ExportDestination {
  /**
   * An absolute path to write `suggestedName` to, or null when the facilitator cancels. `overwrite`
   * says whether an existing file there may be replaced (the save dialog asked already).
   */
  choose(suggestedName: string): Promise<{ readonly path: string; readonly overwrite: boolean } | null>;
}

/** A fixed path, as the CLI's `--out FILE` gives it. */
export function fixedDestination(path: string, overwrite: boolean): ExportDestination {
  return { choose: async () => ({ path, overwrite }) };
}
