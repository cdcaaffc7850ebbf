import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

describe('Content-Security-Policy', () => {
  it('is exactly the policy of the design', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; " +
        "connect-src 'none'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
  });

  it('never relaxes script or style with unsafe-* or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|ws:|\*/);
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.size).toBe(10);
  });
});
