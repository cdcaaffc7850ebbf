import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract';
import { MAX_PAYLOAD_BYTES } from '../../../shared/contract/fields';
import { createHandlers } from '../../../main/ipc';
import { createRegistry, isTrustedSender } from '../../../main/ipc/registry';
import { ParleyFault } from '../../../main/errors';
import { createHarness, PASSPHRASE, TRUSTED_SENDER, type Harness } from '../../fixtures/workspace';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.dispose());

describe('IPC registry', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(createHandlers(h.services)).sort()).toEqual([...METHOD_NAMES].sort());
    expect([...h.registry.channels].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('rejects a foreign sender with FORBIDDEN_SENDER before looking at the payload', async () => {
    for (const frameUrl of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://parley@evil/index.html',
      undefined,
      'not a url',
    ]) {
      const result = await h.registry.invoke('workspace.status', {}, { frameUrl, isMainFrame: true });
      expect(result, String(frameUrl)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
  });

  it('rejects calls from a sub-frame of the app', async () => {
    const result = await h.registry.invoke('workspace.status', {}, { ...TRUSTED_SENDER, isMainFrame: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('rejects unknown channels, including prototype names', async () => {
    for (const channel of ['nope', 'constructor', '__proto__', 'toString', 'dialogue.drop']) {
      const result = await h.registry.invoke(channel, {}, TRUSTED_SENDER);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('rejects malformed payloads with INVALID_INPUT and field issues', async () => {
    const wrongType = await h.call('workspace.create', { name: 42, passphrase: PASSPHRASE });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extraKey = await h.call('workspace.status', { admin: true });
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notObject = await h.call('workspace.status', 'hello');
    expect(notObject).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badName = await h.call('workspace.create', { name: '../escape', passphrase: PASSPHRASE });
    expect(badName).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: 'name' })] },
    });
  });

  it('rejects oversized payloads before parsing them', async () => {
    const huge = 'x'.repeat(MAX_PAYLOAD_BYTES + 1);
    const result = await h.call('workspace.unlock', { name: 'cedar', passphrase: huge });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/too large/) },
    });
  });

  it('rejects unserialisable payloads (cycles) without throwing', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const result = await h.call('workspace.status', cyclic);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('rejects lone surrogates and control characters in text', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    const surrogate = await h.call('dialogue.create', { codeName: 'Cedar\uD800' });
    expect(surrogate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const control = await h.call('dialogue.create', { codeName: 'Cedar\u0007' });
    expect(control).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('hides unexpected errors behind INTERNAL, with no stack, SQL or detail', async () => {
    const reports: string[] = [];
    const handlers = createHandlers(h.services);
    const registry = createRegistry({
      trustedOrigin: 'app://parley',
      report: (event) => reports.push(event.code),
      handlers: {
        ...handlers,
        'workspace.status': async () => {
          throw new Error('SELECT secret FROM notes WHERE body = "Haddad"');
        },
      },
    });
    const result = await registry.invoke('workspace.status', {}, TRUSTED_SENDER);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Parley. Nothing was changed.' },
    });
    expect(reports).toEqual(['INTERNAL']);
  });

  it('does not let a service return an error code the method does not declare', async () => {
    const registry = createRegistry({
      trustedOrigin: 'app://parley',
      handlers: {
        ...createHandlers(h.services),
        'workspace.status': async () => {
          throw new ParleyFault('DIALOGUE_NOT_FOUND', 'x');
        },
      },
    });
    const result = await registry.invoke('workspace.status', {}, TRUSTED_SENDER);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers any JSON payload on any channel with a Result, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHOD_NAMES.filter((m) => !m.startsWith('workspace.'))),
        fc.jsonValue(),
        async (channel, payload) => {
          const result = await h.registry.invoke(channel, payload, TRUSTED_SENDER);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(['INVALID_INPUT', 'WORKSPACE_LOCKED']).toContain(result.error.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isTrustedSender', () => {
  it('accepts only the trusted scheme and host from the main frame', () => {
    expect(isTrustedSender({ frameUrl: 'app://parley/index.html#/x', isMainFrame: true }, 'app://parley')).toBe(true);
    expect(isTrustedSender({ frameUrl: 'app://parley.evil/index.html', isMainFrame: true }, 'app://parley')).toBe(
      false,
    );
    expect(isTrustedSender({ frameUrl: 'https://parley/index.html', isMainFrame: true }, 'app://parley')).toBe(false);
  });
});
