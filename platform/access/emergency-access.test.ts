import { describe, expect, it } from 'vitest';
import type { Permission, Role } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { isPlatformError } from '../kernel/errors.js';
import type { Actor } from './actor.js';
import {
  DEFAULT_EMERGENCY_HOURS,
  emergencyExpiry,
  emergencyHours,
  emergencyReason,
  grantIsValid,
  mayBreakGlass,
  requireStaffAccess,
} from './emergency-access.js';

function actorWith(permissions: Permission[]): Actor {
  const role: Role = { id: 'r', name: { en: 'R' }, scope: 'own', permissions };
  return {
    userId: 'u',
    displayName: 'U',
    locale: 'en',
    siteId: 's',
    partnerId: 'p',
    roleId: 'r',
    role,
    permissions: new Set(permissions),
    supervises: new Set(),
  };
}

const bundleWith = (settings: Record<string, unknown> | undefined) =>
  ({ site: { settings } }) as unknown as SiteBundle;

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isPlatformError(error)) return { code: error.code, fields: error.fields };
    throw error;
  }
  return undefined;
}

describe('emergency access', () => {
  it.each([
    [['break_glass', 'case.read'], true],
    [['break_glass'], false],
    [['case.read'], false],
  ] as [Permission[], boolean][])('%j may break the glass: %s', (permissions, may) => {
    expect(mayBreakGlass(actorWith(permissions))).toBe(may);
  });

  it('lasts the site setting in hours, else the default', () => {
    const hours = (value: unknown) =>
      bundleWith({ break_glass_hours: { value, unit: 'hours', label: {}, source: 'assumption' } });
    expect(emergencyHours(hours(4))).toBe(4);
    expect(emergencyHours(hours(0))).toBe(DEFAULT_EMERGENCY_HOURS);
    expect(emergencyHours(hours('4'))).toBe(DEFAULT_EMERGENCY_HOURS);
    expect(emergencyHours(bundleWith(undefined))).toBe(DEFAULT_EMERGENCY_HOURS);
    expect(emergencyExpiry(hours(2), new Date('2025-01-06T09:00:00Z')).toISOString()).toBe(
      '2025-01-06T11:00:00.000Z',
    );
  });

  it('is valid until the instant it runs out, not at it', () => {
    const grant = { expiresAt: new Date('2025-01-06T17:00:00Z') };
    expect(grantIsValid(grant, new Date('2025-01-06T16:59:59.999Z'))).toBe(true);
    expect(grantIsValid(grant, new Date('2025-01-06T17:00:00Z'))).toBe(false);
  });

  it('needs a reason of ten characters or more, reported at /reason', () => {
    expect(emergencyReason('  Child reported missing tonight  ')).toBe('Child reported missing tonight');
    expect(problemOf(() => emergencyReason(undefined))).toEqual({
      code: 'validation_failed',
      fields: [expect.objectContaining({ pointer: '/reason', code: 'required' })],
    });
    expect(problemOf(() => emergencyReason('urgent   '))).toEqual({
      code: 'validation_failed',
      fields: [expect.objectContaining({ pointer: '/reason', code: 'minLength' })],
    });
  });

  it('refuses changes through emergency access', () => {
    expect(problemOf(() => requireStaffAccess('emergency'))?.code).toBe('forbidden');
    expect(problemOf(() => requireStaffAccess('staff'))).toBeUndefined();
  });
});
