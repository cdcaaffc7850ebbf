import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ParleyFault } from '../errors';
import { writeFileDurably } from './durable-file';
import { deriveKek, type KdfCost, type KdfParams } from './kdf';

/**
 * Key slots, as in LUKS: the random database key is stored only wrapped (AES-256-GCM) under a
 * key derived from a secret. Changing the passphrase rewrites one slot, never the database.
 * The file holds no names, no notes and no plaintext key.
 */

export const DATABASE_KEY_BYTES = 32;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const SlotSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['passphrase', 'recovery']),
  kdf: z.object({
    algorithm: z.literal('argon2id'),
    memoryCost: z
      .number()
      .int()
      .min(8)
      .max(4 * 1024 * 1024),
    timeCost: z.number().int().min(1).max(100),
    parallelism: z.number().int().min(1).max(16),
    salt: Base64,
  }),
  wrap: z.object({ algorithm: z.literal('aes-256-gcm'), iv: Base64, tag: Base64, ciphertext: Base64 }),
});

const KeyFileSchema = z.object({
  format: z.literal('parley-keyslots'),
  version: z.literal(1),
  /** Random id bound into every slot (GCM additional data): a slot cannot be moved to another workspace. */
  workspaceId: z.string().regex(/^[0-9a-f]{32}$/),
  slots: z.array(SlotSchema).min(1).max(8),
});

export type KeySlot = z.infer<typeof SlotSchema>;
export type KeyFile = z.infer<typeof KeyFileSchema>;

function additionalData(workspaceId: string, slot: Pick<KeySlot, 'id' | 'kind'>): Buffer {
  return Buffer.from(`parley-keyslot:v1:${workspaceId}:${slot.id}:${slot.kind}`, 'utf8');
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
  const keyFile: KeyFile = { format: 'parley-keyslots', version: 1, workspaceId, slots: [slot] };
  await writeFileDurably(path, `${JSON.stringify(keyFile, null, 2)}\n`);
  return { keyFile, databaseKey };
}

export async function readKeyFile(path: string): Promise<KeyFile> {
  let raw: string;
  try {
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = KeyFileSchema.safeParse(parsed);
  if (!result.success) {
    throw new ParleyFault(
      'WORKSPACE_CORRUPT',
      'The workspace key file is damaged. Restore the workspace from a backup.',
    );
  }
  return result.data;
}

/** Tries every passphrase slot; throws WRONG_PASSPHRASE when none opens. Reads only, writes nothing. */
export async function unlockWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer> {
  for (const slot of keyFile.slots.filter((s) => s.kind === 'passphrase')) {
    const key = await unwrapKey(slot, passphrase, keyFile.workspaceId);
    if (key) return key;
  }
  throw new ParleyFault('WRONG_PASSPHRASE', 'That passphrase does not open this workspace. Nothing was changed.');
}
