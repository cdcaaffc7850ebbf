import type { Selectable } from 'kysely';
import type { ReportProfileView } from '../../../shared/contract';
import {
  DEFAULT_PROFILE_NAME,
  DEFAULT_PROFILE_SETTINGS,
  REPORT_LIMITS,
  SPONSOR_SECTIONS,
  type ProfileSettings,
  type SponsorSection,
} from '../../../shared/domain/report';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault, toFault } from '../../errors';
import type { ReportProfilesTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import { assertDialogue, isConstraint, type Db, type Input } from '../sessions/common';

export interface ReportProfileService {
  list(input: Input<'reportProfile.list'>): Promise<ReportProfileView[]>;
  save(input: Input<'reportProfile.save'>): Promise<ReportProfileView>;
  delete(input: Input<'reportProfile.delete'>): Promise<{ deleted: true }>;
}

export const profileNotFound = () =>
  new ParleyFault('PROFILE_NOT_FOUND', 'That report profile no longer exists. Choose another one.');

/** Sections in print order, whatever order they were stored in. */
function inPrintOrder(sections: readonly string[]): SponsorSection[] {
  return SPONSOR_SECTIONS.filter((section) => sections.includes(section));
}

export function toProfileView(row: Selectable<ReportProfilesTable>): ReportProfileView {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    name: row.name,
    sections: inPrintOrder(JSON.parse(row.sections) as string[]),
    riskyPeriod: row.risky_period,
    venueDetail: row.venue_detail,
    minCount: row.min_count,
    replacement: row.replacement,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listProfiles(db: Db, dialogueId: string): Promise<ReportProfileView[]> {
  const rows = await db
    .selectFrom('report_profiles')
    .selectAll()
    .where('dialogue_id', '=', dialogueId)
    .orderBy('name_key')
    .execute();
  return rows.map(toProfileView);
}

/** A profile's name and settings, as a report uses them. */
export interface ResolvedProfile extends ProfileSettings {
  readonly id: string | null;
  readonly name: string;
}

/**
 * The profile a report of this dialogue uses: the one asked for, else the one the working report
 * chose, else the defaults ("Standard"). A profile of another dialogue is not found.
 */
export async function resolveProfile(db: Db, dialogueId: string, profileId: string | null): Promise<ResolvedProfile> {
  if (profileId === null) return { id: null, name: DEFAULT_PROFILE_NAME, ...DEFAULT_PROFILE_SETTINGS };
  const row = await db
    .selectFrom('report_profiles')
    .selectAll()
    .where('id', '=', profileId)
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  if (!row) throw profileNotFound();
  const view = toProfileView(row);
  return {
    id: view.id,
    name: view.name,
    sections: view.sections,
    riskyPeriod: view.riskyPeriod,
    venueDetail: view.venueDetail,
    minCount: view.minCount,
    replacement: view.replacement,
  };
}

/** A dialogue's named report profiles (issue 13): which sections, how coarse, which k. */
export function createReportProfileService(ctx: ServiceContext): ReportProfileService {
  const db = () => ctx.workspace().db;

  return {
    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      return listProfiles(db(), input.dialogueId);
    },

    async save(input) {
      const now = ctx.now().toISOString();
      const values = {
        name: input.name,
        name_key: foldForMatch(input.name),
        sections: JSON.stringify(inPrintOrder(input.sections)),
        risky_period: input.riskyPeriod,
        venue_detail: input.venueDetail,
        min_count: input.minCount,
        replacement: input.replacement,
        updated_at: now,
      };
      try {
        return await db()
          .transaction()
          .execute(async (trx) => {
            await assertDialogue(trx, input.dialogueId);
            if (input.id) {
              const row = await trx
                .updateTable('report_profiles')
                .set(values)
                .where('id', '=', input.id)
                .where('dialogue_id', '=', input.dialogueId)
                .returningAll()
                .executeTakeFirst();
              if (!row) throw profileNotFound();
              return toProfileView(row);
            }
            const { count } = await trx
              .selectFrom('report_profiles')
              .select((eb) => eb.fn.countAll<number>().as('count'))
              .where('dialogue_id', '=', input.dialogueId)
              .executeTakeFirstOrThrow();
            if (Number(count) >= REPORT_LIMITS.profilesPerDialogue) {
              throw new ParleyFault(
                'TOO_MANY_PROFILES',
                `A dialogue keeps at most ${REPORT_LIMITS.profilesPerDialogue} report profiles: remove one first.`,
              );
            }
            const row = await trx
              .insertInto('report_profiles')
              .values({ id: ctx.newId(), dialogue_id: input.dialogueId, created_at: now, ...values })
              .returningAll()
              .executeTakeFirstOrThrow();
            return toProfileView(row);
          });
      } catch (error) {
        if (isConstraint(error, 'UNIQUE')) {
          throw new ParleyFault('PROFILE_NAME_TAKEN', 'This dialogue already has a report profile with that name.');
        }
        throw toFault(error);
      }
    },

    async delete(input) {
      try {
        const result = await db().deleteFrom('report_profiles').where('id', '=', input.id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw profileNotFound();
      } catch (error) {
        throw toFault(error);
      }
      return { deleted: true };
    },
  };
}
