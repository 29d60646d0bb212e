import { describe, expect, it } from 'vitest';
import { adminPaths, parseAdminRoute } from './admin-routes.js';

describe('admin routes', () => {
  it('round-trips every page through its path', () => {
    const cases = [
      [adminPaths.sites(), { page: 'sites' }],
      [adminPaths.newSite(), { page: 'new-site' }],
      [adminPaths.importBundle(), { page: 'import' }],
      [
        adminPaths.tab('uz-tashkent-icm', 'check'),
        { page: 'workspace', site: 'uz-tashkent-icm', tab: 'check' },
      ],
      [
        adminPaths.definition('s', 'rule', 'working-age', { view: 'json' }).split('?')[0],
        { page: 'definition', site: 's', kind: 'rule', id: 'working-age' },
      ],
    ] as const;
    for (const [path, route] of cases) expect(parseAdminRoute(path as string)).toEqual(route);
  });

  it('opens a site on its definitions and refuses unknown paths', () => {
    expect(parseAdminRoute('/admin/sites/x')).toEqual({ page: 'workspace', site: 'x', tab: 'definitions' });
    expect(parseAdminRoute('/admin/sites/x/nowhere')).toEqual({ page: 'not-found' });
    expect(parseAdminRoute('/admin/sites/x/definitions/widget/y')).toEqual({ page: 'not-found' });
    expect(parseAdminRoute('/sites/x')).toEqual({ page: 'not-found' });
  });

  it('puts query parameters after the path, leaving out empty ones', () => {
    expect(adminPaths.tab('s', 'kpis', { period: 'month', agency: '' })).toBe(
      '/admin/sites/s/kpis?period=month',
    );
    expect(adminPaths.definition('s', 'form', 'a b', { pointer: '/fields/x' })).toBe(
      '/admin/sites/s/definitions/form/a%20b?pointer=%2Ffields%2Fx',
    );
  });
});
