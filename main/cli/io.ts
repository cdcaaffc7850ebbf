import type { KdfCost } from '../store/kdf';

/**
 * Everything the CLI touches outside itself, so tests run `main()` in-process with fakes and the
 * real entry point wires in the process. Nothing here writes to disk.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Folder that relative workspace paths resolve against. */
  readonly cwd: string;
  /**
   * Asks for a secret without echoing it. Rejects with a ParleyFault PASSPHRASE_REQUIRED when there
   * is no terminal to ask on, and PROMPT_CANCELLED on Ctrl-C / end of input.
   */
  readonly prompt: (question: string) => Promise<string>;
  /**
   * FOR TESTS ONLY: the Argon2id cost of workspaces `parley init` creates. Deliberately not reachable
   * from the command line or the environment, so no user can create a cheaply-guessable workspace;
   * the real entry point never sets it and production cost applies.
   */
  readonly kdfCost?: KdfCost;
}
