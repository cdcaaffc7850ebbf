import { z } from 'zod';
import { AGENDA_LIMITS, SEPARATION_KINDS } from '../domain/session';
import type { SeparationKind } from '../domain/session';
import { Id, label, text } from './fields';
import { as, method } from './method';
import { TimeZone } from './time-fields';

export interface SeparationView {
  readonly kind: SeparationKind;
  /** The side this arrangement is for; null when it concerns every side. */
  readonly partyId: string | null;
  readonly note: string;
}

export interface VenueView {
  readonly id: string;
  readonly dialogueId: string;
  readonly name: string;
  readonly city: string;
  readonly country: string;
  /** IANA zone of the venue; new sessions there take it. */
  readonly timeZone: string;
  /** Why it suits both sides (neutrality, access, logistics). */
  readonly suitability: string;
  readonly comfortNotes: string;
  readonly discretionNotes: string;
  readonly separations: readonly SeparationView[];
  readonly sessionCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** How much each free text of a venue holds (a purge that rewrites one keeps within it). */
export const VENUE_TEXT_LIMITS = { name: 120, place: 120, notes: 5_000, separationNote: 500 } as const;

const trimmed = (max: number) => text({ max }).transform((s) => s.trim());
const notes = text({ max: VENUE_TEXT_LIMITS.notes, multiline: true });

export const SeparationInput = z
  .object({
    kind: z.enum(SEPARATION_KINDS),
    partyId: Id.nullable().default(null),
    note: text({ max: VENUE_TEXT_LIMITS.separationNote })
      .transform((s) => s.trim())
      .default(''),
  })
  .strict();

const Separations = z
  .array(SeparationInput)
  .max(AGENDA_LIMITS.maxSeparations, { message: `${AGENDA_LIMITS.maxSeparations} separation arrangements at most.` });

const VenueFields = {
  name: label(VENUE_TEXT_LIMITS.name),
  city: trimmed(VENUE_TEXT_LIMITS.place),
  country: trimmed(VENUE_TEXT_LIMITS.place),
  timeZone: TimeZone,
  suitability: notes,
  comfortNotes: notes,
  discretionNotes: notes,
  separations: Separations,
};

const venueErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;

export const venueContract = {
  'venue.create': method({
    input: z
      .object({
        dialogueId: Id,
        name: VenueFields.name,
        city: VenueFields.city.default(''),
        country: VenueFields.country.default(''),
        timeZone: VenueFields.timeZone,
        suitability: VenueFields.suitability.default(''),
        comfortNotes: VenueFields.comfortNotes.default(''),
        discretionNotes: VenueFields.discretionNotes.default(''),
        separations: VenueFields.separations.default([]),
      })
      .strict(),
    output: as<VenueView>(),
    errors: [...venueErrors, 'DIALOGUE_NOT_FOUND', 'VENUE_NAME_TAKEN', 'PARTY_NOT_FOUND'],
  }),
  /** Changing the zone here does not move sessions already planned at the venue: each keeps its own. */
  'venue.update': method({
    input: z
      .object({
        id: Id,
        name: VenueFields.name.optional(),
        city: VenueFields.city.optional(),
        country: VenueFields.country.optional(),
        timeZone: VenueFields.timeZone.optional(),
        suitability: VenueFields.suitability.optional(),
        comfortNotes: VenueFields.comfortNotes.optional(),
        discretionNotes: VenueFields.discretionNotes.optional(),
        separations: VenueFields.separations.optional(),
      })
      .strict(),
    output: as<VenueView>(),
    errors: [...venueErrors, 'VENUE_NOT_FOUND', 'VENUE_NAME_TAKEN', 'PARTY_NOT_FOUND'],
  }),
  'venue.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<VenueView>(),
    errors: [...venueErrors, 'VENUE_NOT_FOUND'],
  }),
  'venue.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly VenueView[]>(),
    errors: [...venueErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Sessions held there keep their times and zone; they just lose the venue. */
  'venue.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...venueErrors, 'VENUE_NOT_FOUND'],
  }),
};
