import { describe, expect, it } from 'vitest';
import type { Permission, Role } from '../definitions/definition-types.generated.js';
import { isPlatformError } from '../kernel/errors.js';
import type { Actor } from './actor.js';
import { doesCaseWork, requireCaseWork } from './case-work.js';

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

describe('case work', () => {
  it.each([
    [['case.read'], true],
    [['referral.respond'], true],
    [['referral.deliver'], true],
    [['kpi.read', 'definitions.read'], false],
    [['identification.submit'], false],
  ] as [Permission[], boolean][])('%j works with cases: %s', (permissions, works) => {
    expect(doesCaseWork(actorWith(permissions))).toBe(works);
  });

  it('refuses roles without case work with a 403 that names the role', () => {
    let error: unknown;
    try {
      requireCaseWork(actorWith(['kpi.read']));
    } catch (e) {
      error = e;
    }
    expect(isPlatformError(error) && error.code).toBe('forbidden');
    expect(() => requireCaseWork(actorWith(['case.read']))).not.toThrow();
  });
});
