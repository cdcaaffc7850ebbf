import { tmpdir } from 'node:os';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resetFakeElectron } from './fake-electron';

/**
 * Review defect 10: unit tests left `parley-fake-userdata-*` folders (one holding a test
 * workspace) in the system's temp folder. The fake's userData now lives in the run's own folder,
 * which test/global-setup.ts removes when the run ends.
 */
describe('the fake Electron', () => {
  it('keeps userData inside the test run’s folder, which the run removes', () => {
    const runFolder = process.env.PARLEY_TEST_TMP;
    expect(runFolder, 'set by test/global-setup.ts').toBeTruthy();
    expect(relative(tmpdir(), runFolder!)).not.toMatch(/^\.\./);
    const { userData } = resetFakeElectron();
    expect(relative(runFolder!, userData)).toMatch(/^parley-fake-userdata-/);
  });
});
