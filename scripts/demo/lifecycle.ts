import type { DemoContext, DemoStep } from './steps';

/**
 * The demo workspace's first encrypted backup, written next to its reports and verified page by
 * page after writing, as the Workspace panel's "Back up now" does; the export log keeps its SHA-256.
 */
export const lifecycleStep: DemoStep = {
  name: 'backup',
  async run({ call }: DemoContext) {
    const result = await call('workspace.backup', {});
    if (!result.saved) return [];
    const log = await call('workspace.exportLog', {});
    return [
      `encrypted backup: ${result.fileName} (verified; SHA-256 ${result.sha256.slice(0, 16)}…)`,
      `export log: ${log.length} files (${[...new Set(log.map((entry) => entry.kind))].join(', ')})`,
    ];
  },
};
