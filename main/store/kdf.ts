import { hashRaw } from '@node-rs/argon2';

// @node-rs/argon2 declares its Algorithm as an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;

/** Argon2id parameters, stored beside each key slot so they can be raised later without migration. */
export interface KdfParams {
  readonly algorithm: 'argon2id';
  /** KiB of memory. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
  /** base64, 16 random bytes per slot. */
  readonly salt: string;
}

/**
 * Production parameters: 256 MiB and 3 passes take 0.35–0.85 s (warm–cold) on the team's 2-core
 * machines (see `npm run bench`): every guess at a stolen workspace costs an attacker as much.
 */
export const DEFAULT_KDF_COST = { memoryCost: 256 * 1024, timeCost: 3, parallelism: 1 } as const;

/** Cheap parameters for tests only: the format is identical, only the cost differs. */
export const TEST_KDF_COST = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

/**
 * What a key slot may ask for: exactly the range Parley itself ever writes. A slot edited to ask
 * for more (4 GiB per attempt, a thousand passes) is refused as damage before any derivation, so
 * a tampered file cannot make every unlock exhaust the laptop's memory. Raising DEFAULT_KDF_COST
 * raises the ceiling with it.
 */
export const KDF_LIMITS = { min: TEST_KDF_COST, max: DEFAULT_KDF_COST } as const;

export type KdfCost = Pick<KdfParams, 'memoryCost' | 'timeCost' | 'parallelism'>;

/** Derives the 32-byte key-encryption key. Runs on libuv's thread pool, never blocking main. */
export async function deriveKek(passphrase: string, params: KdfParams): Promise<Buffer> {
  return hashRaw(passphrase.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryCost,
    timeCost: params.timeCost,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  });
}
