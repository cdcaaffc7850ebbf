import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  BackupResult,
  DialogueView,
  ExportLogEntry,
  NoteSearchResult,
  ParticipantView,
  PurgeResult,
  RecoveryKeyView,
  RestoreResult,
  TravelResult,
  TravelReturnResult,
  WorkspaceDetails,
} from '../../../shared/contract';
import { workspaceFiles } from '../../../main/store/workspace';
import { pagesContaining } from '../../fixtures/sqlcipher-pages';
import { PASSPHRASE } from '../../fixtures/workspace';
import { decryptedPages, dialogueWithSession, lifecycleHarness, type LifecycleHarness } from './lifecycle-fixture';

const NEW_PASSPHRASE = 'granite-meadow-compass-lantern-91';
const MARKER = 'QUILLOTRA-مياه-Ḥaddād-5521';

let h: LifecycleHarness;
beforeEach(async () => {
  h = await lifecycleHarness();
  await h.ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
});
afterEach(async () => h.dispose());

async function relock(passphrase: string) {
  await h.ok('workspace.lock');
  return h.call('workspace.unlock', { name: 'cedar', passphrase });
}

describe('change passphrase', () => {
  it('rewrites the passphrase slot only: the old passphrase stops opening, the new one opens', async () => {
    await h.ok('dialogue.create', { codeName: 'Cedar' });
    await h.ok('workspace.lock');
    const database = await readFile(workspaceFiles(join(h.root, 'cedar')).database);
    await h.ok('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    await h.services.workspace.checked;
    await h.ok('workspace.changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    expect(await relock(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await h.call('workspace.unlock', { name: 'cedar', passphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await h.ok<DialogueView[]>('dialogue.list', {})).toHaveLength(1);
    await h.ok('workspace.lock');
    // The database itself was not rewritten.
    expect((await readFile(workspaceFiles(join(h.root, 'cedar')).database)).equals(database)).toBe(true);
  });

  it('asks for the current passphrase, refuses a weak or unchanged one, and changes nothing then', async () => {
    const keys = workspaceFiles(join(h.root, 'cedar')).keys;
    const before = await readFile(keys);
    expect(
      await h.call('workspace.changePassphrase', { current: 'not-it-at-all-x', next: NEW_PASSPHRASE }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await h.call('workspace.changePassphrase', { current: PASSPHRASE, next: 'password1234' })).toMatchObject({
      ok: false,
      error: { code: 'WEAK_PASSPHRASE' },
    });
    expect(await h.call('workspace.changePassphrase', { current: PASSPHRASE, next: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'SAME_PASSPHRASE' },
    });
    expect((await readFile(keys)).equals(before)).toBe(true);
  });
});

describe('recovery key', () => {
  it('makes 24 words once, opens the workspace with them and sets a new passphrase', async () => {
    const { words } = await h.ok<RecoveryKeyView>('workspace.createRecoveryKey', { passphrase: PASSPHRASE });
    expect(words).toHaveLength(24);
    expect((await h.ok<WorkspaceDetails>('workspace.details')).recoveryKey).toBe(true);
    await h.ok('workspace.lock');
    // Only the first four letters of each word, in capitals, on several lines: still the key.
    const typed = words
      .map((word, i) => (i % 4 === 3 ? `${word.slice(0, 4).toUpperCase()}\n` : word.slice(0, 4)))
      .join(' ');
    expect(
      await h.call('workspace.recover', { name: 'cedar', recoveryKey: typed, newPassphrase: NEW_PASSPHRASE }),
    ).toEqual({ ok: true, value: { name: 'cedar' } });
    expect(await relock(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await h.call('workspace.unlock', { name: 'cedar', passphrase: NEW_PASSPHRASE })).toMatchObject({ ok: true });
    // Journey 10: after a passphrase change the recovery key still opens the workspace.
    await h.ok('workspace.lock');
    expect(await h.call('workspace.recover', { name: 'cedar', recoveryKey: words.join(' ') })).toMatchObject({
      ok: true,
    });
  });

  it('catches a typo before any key derivation, and says which word', async () => {
    const { words } = await h.ok<RecoveryKeyView>('workspace.createRecoveryKey', { passphrase: PASSPHRASE });
    await h.ok('workspace.lock');
    const typo = [...words];
    typo[6] = `${typo[6]}x`.replace(/^(....)./, '$1q');
    const result = await h.call('workspace.recover', { name: 'cedar', recoveryKey: typo.join(' ') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_KEY_INVALID', message: expect.stringContaining('Word 7') },
    });
    const swapped = [...words];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    if (swapped.join(' ') !== words.join(' ')) {
      const outOfOrder = await h.call('workspace.recover', { name: 'cedar', recoveryKey: swapped.join(' ') });
      expect(outOfOrder).toMatchObject({ ok: false });
      expect(['RECOVERY_KEY_INVALID', 'WRONG_RECOVERY_KEY']).toContain(
        (outOfOrder as { error: { code: string } }).error.code,
      );
    }
  });

  it('is replaced or removed only deliberately, and the old words then stop working', async () => {
    const first = await h.ok<RecoveryKeyView>('workspace.createRecoveryKey', { passphrase: PASSPHRASE });
    expect(await h.call('workspace.createRecoveryKey', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_KEY_EXISTS' },
    });
    const second = await h.ok<RecoveryKeyView>('workspace.createRecoveryKey', {
      passphrase: PASSPHRASE,
      replace: true,
    });
    await h.ok('workspace.lock');
    expect(await h.call('workspace.recover', { name: 'cedar', recoveryKey: first.words.join(' ') })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_KEY' },
    });
    await h.ok('workspace.recover', { name: 'cedar', recoveryKey: second.words.join(' ') });
    expect(await h.call('workspace.removeRecoveryKey', { passphrase: 'wrong-wrong-wrong-1' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    await h.ok('workspace.removeRecoveryKey', { passphrase: PASSPHRASE });
    await h.ok('workspace.lock');
    expect(await h.call('workspace.recover', { name: 'cedar', recoveryKey: second.words.join(' ') })).toMatchObject({
      ok: false,
      error: { code: 'NO_RECOVERY_KEY' },
    });
  });
});

describe('encrypted backup and restore', () => {
  it('writes one verified file with no plaintext, logs its SHA-256, and restores it into a new workspace', async () => {
    await h.ok('dialogue.create', { codeName: 'Cedar', conflict: MARKER, objectives: MARKER.repeat(50) });
    const result = await h.ok<BackupResult & { saved: true }>('workspace.backup');
    expect(result.saved).toBe(true);
    const file = join(h.filesDir, result.fileName);
    const bytes = await readFile(file);
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    for (const needle of [MARKER, 'Ḥaddād', 'مياه', 'dialogues', 'CREATE TABLE', 'SQLite format 3', PASSPHRASE]) {
      expect(bytes.includes(Buffer.from(needle, 'utf8')), needle).toBe(false);
    }
    // Nothing else was left beside it (scratch folders, partial files).
    expect(await readdir(h.filesDir)).toEqual([result.fileName]);
    const log = await h.ok<ExportLogEntry[]>('workspace.exportLog', { kind: 'backup' });
    expect(log).toMatchObject([
      { kind: 'backup', fileName: result.fileName, sha256: result.sha256, bytes: bytes.length },
    ]);

    h.pick = file;
    const restored = await h.ok<RestoreResult>('workspace.restore', { name: 'cedar-copy', passphrase: PASSPHRASE });
    expect(restored).toEqual({ restored: true, name: 'cedar-copy', purgesReapplied: 0 });
    expect((await h.ok<{ current: { name: string } }>('workspace.status')).current).toEqual({ name: 'cedar-copy' });
    expect(await h.ok<DialogueView[]>('dialogue.list', {})).toMatchObject([{ codeName: 'Cedar', conflict: MARKER }]);
    expect((await readdir(h.root)).sort()).toEqual(['cedar', 'cedar-copy']);
  });

  it('refuses a backup with any byte changed, and a name already taken, restoring nothing', async () => {
    const result = await h.ok<BackupResult & { saved: true }>('workspace.backup');
    const file = join(h.filesDir, result.fileName);
    const original = await readFile(file);
    h.pick = file;
    expect(await h.call('workspace.restore', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_EXISTS' },
    });
    for (const offset of [5, 200, Math.floor(original.length / 2), original.length - 3]) {
      const tampered = Buffer.from(original);
      tampered[offset] = tampered[offset]! ^ 0x40;
      await writeFile(file, tampered);
      const answer = await h.call('workspace.restore', { name: 'elsewhere', passphrase: PASSPHRASE });
      expect(answer, `offset ${offset}`).toMatchObject({ ok: false });
      expect(['BACKUP_DAMAGED', 'WORKSPACE_CORRUPT']).toContain((answer as { error: { code: string } }).error.code);
    }
    expect((await readdir(h.root)).sort()).toEqual(['cedar']);
    h.pick = null;
    expect(await h.call('workspace.restore', { name: 'elsewhere', passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { restored: false },
    });
  });

  it('names the backups a purge leaves behind, and purges again what it restores from one', async () => {
    const { dialogue } = await dialogueWithSession(h, 'Cedar');
    const person = await h.ok<ParticipantView>('participant.create', {
      dialogueId: dialogue.id,
      partyId: dialogue.parties[0]!.id,
      realName: 'Zoltan Quirrelmaine',
    });
    const backup = await h.ok<BackupResult & { saved: true }>('workspace.backup');
    const purge = await h.ok<PurgeResult>('participant.purge', {
      id: person.id,
      confirmSpeakerCode: person.speakerCode,
    });
    expect(purge.backupsBeforePurge.map((entry) => entry.fileName)).toEqual([backup.fileName]);
    expect((await h.ok<WorkspaceDetails>('workspace.details')).backupsBeforePurges).toHaveLength(1);

    h.pick = join(h.filesDir, backup.fileName);
    const restored = await h.ok<RestoreResult>('workspace.restore', {
      name: 'from-old-backup',
      passphrase: PASSPHRASE,
    });
    expect(restored).toMatchObject({ restored: true, purgesReapplied: 1 });
    const again = await h.ok<ParticipantView>('participant.get', { id: person.id });
    expect(again).toMatchObject({ purged: true, status: 'withdrawn' });
    // The restored copy has nothing left to reveal either.
    expect(await h.call('participant.identity', { id: person.id, parts: ['names'] })).toMatchObject({
      ok: false,
      error: { code: 'PARTICIPANT_PURGED' },
    });
    await h.ok('workspace.lock');
    const pages = await decryptedPages(join(h.root, 'from-old-backup'));
    expect(pagesContaining(pages, 'Quirrelmaine')).toEqual([]);
  });
});

describe('travel mode', () => {
  it('carries only one dialogue, erases the others page by page, and brings them back', async () => {
    const cedar = await dialogueWithSession(h, 'Cedar');
    const olive = await dialogueWithSession(h, 'Olive');
    await h.ok('note.save', { id: crypto.randomUUID(), sessionId: olive.session.id, body: `Olive talks ${MARKER}` });
    await h.ok('note.save', { id: crypto.randomUUID(), sessionId: cedar.session.id, body: 'Cedar before the trip' });

    const travel = await h.ok<TravelResult & { saved: true }>('workspace.travel', {
      keepDialogueId: cedar.dialogue.id,
    });
    expect(travel).toMatchObject({ saved: true, removedDialogues: 1 });
    expect((await h.ok<DialogueView[]>('dialogue.list', { includeArchived: true })).map((d) => d.codeName)).toEqual([
      'Cedar',
    ]);
    expect((await h.ok<WorkspaceDetails>('workspace.details')).travel).toMatchObject({
      keptCodeName: 'Cedar',
      backupFileName: travel.fileName,
    });
    await h.ok('workspace.lock');
    const pages = await decryptedPages(join(h.root, 'cedar'));
    for (const needle of [MARKER, 'Olive', 'olive']) expect(pagesContaining(pages, needle), needle).toEqual([]);
    expect(pagesContaining(pages, 'Cedar before the trip').length).toBeGreaterThan(0);

    await h.ok('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    await h.ok('note.save', { id: crypto.randomUUID(), sessionId: cedar.session.id, body: 'Cedar on the road' });
    h.pick = join(h.filesDir, travel.fileName);
    const back = await h.ok<TravelReturnResult>('workspace.travelReturn');
    expect(back).toEqual({ restored: true, dialoguesReturned: 1, purgesReapplied: 0 });
    expect((await h.ok<DialogueView[]>('dialogue.list', {})).map((d) => d.codeName).sort()).toEqual(['Cedar', 'Olive']);
    const found = await h.ok<NoteSearchResult>('note.search', { query: 'QUILLOTRA' });
    expect(found.hits).toHaveLength(1);
    const road = await h.ok<NoteSearchResult>('note.search', { query: 'road' });
    expect(road.hits).toHaveLength(1);
    expect((await h.ok<WorkspaceDetails>('workspace.details')).travel).toBeNull();
    expect(await h.call('workspace.travelReturn')).toMatchObject({ ok: false, error: { code: 'NOT_TRAVELLING' } });
  });

  it('refuses a backup of another workspace on return', async () => {
    const cedar = await dialogueWithSession(h, 'Cedar');
    await h.ok('workspace.travel', { keepDialogueId: cedar.dialogue.id });
    await h.ok('workspace.create', { name: 'other', passphrase: PASSPHRASE });
    const other = await h.ok<BackupResult & { saved: true }>('workspace.backup');
    await h.ok('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    h.pick = join(h.filesDir, other.fileName);
    expect(await h.call('workspace.travelReturn')).toMatchObject({
      ok: false,
      error: { code: 'BACKUP_OF_ANOTHER_WORKSPACE' },
    });
  });
});

describe('damage found after unlocking', () => {
  it('locks the workspace and says so', async () => {
    const { dialogue } = await dialogueWithSession(h, 'Cedar');
    const [session] = await h.ok<{ id: string }[]>('session.list', { dialogueId: dialogue.id });
    for (let i = 0; i < 40; i++) {
      await h.ok('note.save', { id: crypto.randomUUID(), sessionId: session!.id, body: MARKER.repeat(40) });
    }
    await h.ok('workspace.lock');
    const file = workspaceFiles(join(h.root, 'cedar')).database;
    const bytes = await readFile(file);
    const page = Math.floor(bytes.length / 4096) - 2;
    bytes[page * 4096 + 300] = bytes[page * 4096 + 300]! ^ 0x01;
    await writeFile(file, bytes);
    const locked = new Promise<void>((resolve) => h.services.workspace.onLocked(resolve));
    expect(await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    await locked;
    expect(await h.ok('workspace.status')).toMatchObject({ state: 'locked', damaged: { name: 'cedar' } });
  });
});
