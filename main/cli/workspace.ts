import { readdir } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { WorkspaceName } from '../../shared/contract/fields';
import { toFault } from '../errors';
import { isWorkspace } from '../store/workspace';
import { askPassphrase } from './passphrase';
import { createClient, type Client, type ClientOptions } from './client';
import { CliError, EXIT, usageError } from './exit-codes';
import type { CliIo } from './io';

/**
 * A workspace named on the command line. The services address workspaces as `root/name`, so the
 * CLI splits the path the user typed into its parent folder and its (on-disk, unencrypted) name.
 */
export interface WorkspaceTarget {
  readonly path: string;
  readonly root: string;
  readonly name: string;
  /** As the user typed it, for messages. */
  readonly label: string;
}

export function resolveTarget(io: CliIo, command: string, argument: string): WorkspaceTarget {
  const path = resolve(io.cwd, argument);
  const name = basename(path);
  const valid = WorkspaceName.safeParse(name);
  if (!valid.success) {
    const reason = valid.error.issues[0]?.message ?? 'Not a valid name.';
    throw usageError(`Workspace folder name '${name}': ${reason}`, command);
  }
  return { path, root: dirname(path), name, label: argument };
}

export async function assertWorkspaceExists(target: WorkspaceTarget): Promise<void> {
  if (!(await isWorkspace(target.path))) {
    throw new CliError(
      EXIT.NOT_FOUND,
      `No Parley workspace at ${target.label} (expected a folder holding workspace.db and workspace.keys).`,
    );
  }
}

/** Refuses anything but a missing or empty folder, before a passphrase is asked for. */
export async function assertFreeForInit(target: WorkspaceTarget): Promise<void> {
  if (await isWorkspace(target.path)) {
    throw new CliError(EXIT.FAILURE, `${target.label} is already a Parley workspace. Nothing was changed.`);
  }
  let entries: string[];
  try {
    entries = await readdir(target.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new CliError(EXIT.FAILURE, `${target.label} already exists and is not a folder.`);
    throw toFault(error);
  }
  if (entries.length > 0) {
    throw new CliError(
      EXIT.FAILURE,
      `${target.label} already exists and is not empty. Choose a new folder; parley init never writes into a used one.`,
    );
  }
}

export type Reporter = NonNullable<Parameters<typeof createClient>[0]['report']>;

/**
 * Unlocks the workspace through the registry, runs `work`, and always locks again, so the
 * database is checkpointed and closed before the process exits, whatever happened.
 */
export async function withUnlocked<T>(
  io: CliIo,
  target: WorkspaceTarget,
  report: Reporter,
  work: (client: Client) => Promise<T>,
  clientOptions: Pick<ClientOptions, 'exports'> = {},
): Promise<T> {
  await assertWorkspaceExists(target);
  const passphrase = await askPassphrase(io, target.label);
  const client = createClient({ root: target.root, report, kdfCost: io.kdfCost, ...clientOptions });
  await client.call('workspace.unlock', { name: target.name, passphrase });
  let result: T;
  try {
    result = await work(client);
  } catch (error) {
    await lock(client).catch(() => undefined);
    throw error;
  }
  await lock(client);
  return result;
}

/**
 * Locks through the registry and makes sure the database handle is closed. `OpenWorkspace.close()`
 * currently leaves it open when Kysely never ran a query (its driver connects lazily), which
 * `parley init` hits; closing it here is harmless once the store closes it itself.
 */
export async function lock(client: Client): Promise<void> {
  const { workspace } = client.services;
  const sqlite = workspace.isUnlocked ? workspace.current().sqlite : undefined;
  await client.call('workspace.lock', {});
  if (sqlite?.open) sqlite.close();
}
