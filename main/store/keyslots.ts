import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ParleyFault } from '../errors';
import { writeFileDurably } from './durable-file';
import { deriveKek, KDF_LIMITS, type KdfCost, type KdfParams } from './kdf';

/**
 * Key slots, as in LUKS: the random database key is stored only wrapped (AES-256-GCM) under a
 * key derived from a secret — the passphrase, and optionally a recovery key. Changing either
 * rewrites this small file atomically, never the database, so a crash leaves the old file or the
 * new one: one of the two secrets always opens the workspace. The file holds no names, no notes
 * and no plaintext key, and carries a checksum so that damage is told apart from a wrong
 * passphrase (a flipped byte in a GCM tag would otherwise just look like the wrong secret).
 */

export const DATABASE_KEY_BYTES = 32;
export const KEY_FILE_VERSION = 2;

export type SlotKind = 'passphrase' | 'recovery';

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const SlotSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: z.enum(['passphrase', 'recovery']),
    kdf: z
      .object({
        algorithm: z.literal('argon2id'),
        // Never more than Parley itself writes: a file edited to ask for 4 GiB per attempt is damage.
        memoryCost: z.number().int().min(KDF_LIMITS.min.memoryCost).max(KDF_LIMITS.max.memoryCost),
        timeCost: z.number().int().min(KDF_LIMITS.min.timeCost).max(KDF_LIMITS.max.timeCost),
        parallelism: z.number().int().min(KDF_LIMITS.min.parallelism).max(KDF_LIMITS.max.parallelism),
        salt: Base64.length(24),
      })
      .strict(),
    wrap: z
      .object({
        algorithm: z.literal('aes-256-gcm'),
        iv: Base64.length(16),
        tag: Base64.length(24),
        ciphertext: Base64.length(44),
      })
      .strict(),
  })
  .strict();

const KeyFileBody = {
  format: z.literal('parley-keyslots'),
  /** Random id bound into every slot (GCM additional data): a slot cannot be moved to another workspace. */
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  slots: z
    .array(SlotSchema)
    .min(1)
    .max(2)
    .refine((slots) => new Set(slots.map((slot) => slot.kind)).size === slots.length, 'one slot per kind')
    .refine((slots) => slots.some((slot) => slot.kind === 'passphrase'), 'a passphrase slot'),
};

const KeyFileSchema = z.union([
  // Version 1 (before the checksum): still read, and rewritten as version 2 at the next unlock.
  z.object({ ...KeyFileBody, version: z.literal(1) }).strict(),
  z.object({ ...KeyFileBody, version: z.literal(2), checksum: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
]);

export type KeySlot = z.infer<typeof SlotSchema>;
export interface KeyFile {
  readonly format: 'parley-keyslots';
  readonly version: 1 | 2;
  readonly workspaceId: string;
  readonly slots: readonly KeySlot[];
}

export const KEY_FILE_DAMAGED =
  'The workspace key file is damaged, so no passphrase can open it. Restore the workspace from a backup.';

function additionalData(workspaceId: string, slot: Pick<KeySlot, 'id' | 'kind'>): Buffer {
  return Buffer.from(`parley-keyslot:v1:${workspaceId}:${slot.id}:${slot.kind}`, 'utf8');
}

/** JSON with keys in a fixed order, so the checksum does not depend on how the file was written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function checksumOf(keyFile: KeyFile): string {
  const { format, workspaceId, slots } = keyFile;
  return createHash('sha256')
    .update(canonical({ format, version: KEY_FILE_VERSION, workspaceId, slots }))
    .digest('hex');
}

/** The file's text: always the current version, with its checksum. */
export function serializeKeyFile(keyFile: KeyFile): string {
  const current: KeyFile = { ...keyFile, version: KEY_FILE_VERSION };
  return `${JSON.stringify({ ...current, checksum: checksumOf(current) }, null, 2)}\n`;
}

/** Parses a key file's text; any damage is WORKSPACE_CORRUPT with a sentence that says so. */
export function parseKeyFile(raw: string): KeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = KeyFileSchema.safeParse(parsed);
  if (!result.success) throw new ParleyFault('WORKSPACE_CORRUPT', KEY_FILE_DAMAGED);
  const { checksum, ...keyFile } = { checksum: undefined, ...result.data };
  if (keyFile.version === 2 && checksum !== checksumOf(keyFile)) {
    throw new ParleyFault('WORKSPACE_CORRUPT', KEY_FILE_DAMAGED);
  }
  return keyFile;
}

async function wrapKey(
  databaseKey: Buffer,
  secret: string,
  workspaceId: string,
  slot: Pick<KeySlot, 'id' | 'kind'>,
  cost: KdfCost,
): Promise<KeySlot> {
  const kdf: KdfParams = { algorithm: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
  const kek = await deriveKek(secret, kdf);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(additionalData(workspaceId, slot));
    const ciphertext = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
    return {
      ...slot,
      kdf,
      wrap: {
        algorithm: 'aes-256-gcm',
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      },
    };
  } finally {
    kek.fill(0);
  }
}

/** Returns the database key, or null when the secret does not open this slot. */
async function unwrapKey(slot: KeySlot, secret: string, workspaceId: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.wrap.iv, 'base64'));
    decipher.setAAD(additionalData(workspaceId, slot));
    decipher.setAuthTag(Buffer.from(slot.wrap.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.wrap.ciphertext, 'base64')), decipher.final()]);
    return key.length === DATABASE_KEY_BYTES ? key : null;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

export async function createKeyFile(
  path: string,
  passphrase: string,
  cost: KdfCost,
): Promise<{ keyFile: KeyFile; databaseKey: Buffer }> {
  const databaseKey = randomBytes(DATABASE_KEY_BYTES);
  const workspaceId = randomBytes(16).toString('hex');
  const slot = await wrapKey(databaseKey, passphrase, workspaceId, { id: 'passphrase', kind: 'passphrase' }, cost);
  const keyFile: KeyFile = { format: 'parley-keyslots', version: KEY_FILE_VERSION, workspaceId, slots: [slot] };
  await writeKeyFile(path, keyFile);
  return { keyFile, databaseKey };
}

export async function writeKeyFile(path: string, keyFile: KeyFile): Promise<void> {
  await writeFileDurably(path, serializeKeyFile(keyFile));
}

export async function readKeyFile(path: string): Promise<KeyFile> {
  let raw: string;
  try {
    // A key file is a few hundred bytes; anything large is not one (and is not read whole).
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ParleyFault(
        'WORKSPACE_CORRUPT',
        'The workspace key file is missing. Restore the workspace from a backup.',
      );
    }
    throw error;
  }
  return parseKeyFile(raw);
}

async function unlockSlot(keyFile: KeyFile, kind: SlotKind, secret: string): Promise<Buffer | null> {
  const slot = keyFile.slots.find((s) => s.kind === kind);
  return slot ? unwrapKey(slot, secret, keyFile.workspaceId) : null;
}

/** Opens the passphrase slot; throws WRONG_PASSPHRASE when it does not open. Reads only, writes nothing. */
export async function unlockWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer> {
  const key = await unlockSlot(keyFile, 'passphrase', passphrase);
  if (key) return key;
  throw new ParleyFault('WRONG_PASSPHRASE', 'That passphrase does not open this workspace. Nothing was changed.');
}

/** Opens the recovery slot with the recovery key's normalised words. */
export async function unlockWithRecoveryKey(keyFile: KeyFile, recoveryWords: string): Promise<Buffer> {
  if (!hasRecoverySlot(keyFile)) {
    throw new ParleyFault('NO_RECOVERY_KEY', 'This workspace has no recovery key. Unlock it with its passphrase.');
  }
  const key = await unlockSlot(keyFile, 'recovery', recoveryWords);
  if (key) return key;
  throw new ParleyFault(
    'WRONG_RECOVERY_KEY',
    'That recovery key does not open this workspace (it may belong to another one, or have been replaced). Nothing was changed.',
  );
}

export function hasRecoverySlot(keyFile: KeyFile): boolean {
  return keyFile.slots.some((slot) => slot.kind === 'recovery');
}

/** The key file with the slot of `kind` (re)made from `secret`; the other slot is kept as it is. */
export async function withSlot(
  keyFile: KeyFile,
  databaseKey: Buffer,
  kind: SlotKind,
  secret: string,
  cost: KdfCost,
): Promise<KeyFile> {
  const slot = await wrapKey(databaseKey, secret, keyFile.workspaceId, { id: kind, kind }, cost);
  const others = keyFile.slots.filter((s) => s.kind !== kind);
  // The passphrase slot stays first: older readers try slots in order.
  const slots = kind === 'passphrase' ? [slot, ...others] : [...others, slot];
  return { ...keyFile, version: KEY_FILE_VERSION, slots };
}

export function withoutRecoverySlot(keyFile: KeyFile): KeyFile {
  return { ...keyFile, version: KEY_FILE_VERSION, slots: keyFile.slots.filter((s) => s.kind !== 'recovery') };
}
