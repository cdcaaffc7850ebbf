import type { Contract, ParsedInputOf, WorkspaceSettings } from '../../../shared/contract';
import { DEFAULT_SETTINGS, SIDEBAR_STATES, THEME_CHOICES, type SettingsValues } from '../../../shared/domain/settings';
import { toFault } from '../../errors';
import type { ServiceContext } from '../context';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface SettingsService {
  get(input: Input<'settings.get'>): Promise<WorkspaceSettings>;
  update(input: Input<'settings.update'>): Promise<WorkspaceSettings>;
}

/**
 * How each setting is read back: a stored value this version does not recognise (a newer Parley
 * wrote it, or it was damaged) is the default, never an error that would keep the window from
 * opening.
 */
const READERS: { readonly [K in keyof SettingsValues]: (stored: unknown) => SettingsValues[K] | undefined } = {
  privacyScreen: (stored) => (typeof stored === 'boolean' ? stored : undefined),
  theme: (stored) => THEME_CHOICES.find((choice) => choice === stored),
  sidebar: (stored) => SIDEBAR_STATES.find((state) => state === stored),
};

const KEYS = Object.keys(READERS) as (keyof SettingsValues)[];

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The workspace's settings (migration 005), one row per setting, inside the encrypted file. */
export function createSettingsService(ctx: ServiceContext): SettingsService {
  const db = () => ctx.workspace().db;

  async function read(): Promise<WorkspaceSettings> {
    const rows = await db().selectFrom('workspace_settings').select(['key', 'value']).execute();
    const stored = new Map(rows.map((row) => [row.key, parse(row.value)]));
    const settings: Record<string, unknown> = {};
    for (const key of KEYS) settings[key] = READERS[key](stored.get(key)) ?? DEFAULT_SETTINGS[key];
    return settings as unknown as WorkspaceSettings;
  }

  return {
    get: () => read(),

    async update(input) {
      const now = ctx.now().toISOString();
      const changes = KEYS.flatMap((key) => (input[key] === undefined ? [] : [{ key, value: input[key] }]));
      try {
        await db()
          .transaction()
          .execute(async (trx) => {
            for (const { key, value } of changes) {
              await trx
                .insertInto('workspace_settings')
                .values({ key, value: JSON.stringify(value), updated_at: now })
                .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
                .execute();
            }
          });
      } catch (error) {
        throw toFault(error);
      }
      return read();
    },
  };
}
