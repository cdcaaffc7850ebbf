import { toFault } from '../../errors';

/**
 * Runs a read and turns a low-level failure (a damaged page, a disk error) into the fault the
 * contract declares, as writes do through `inTransaction`.
 */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toFault(error);
  }
}
