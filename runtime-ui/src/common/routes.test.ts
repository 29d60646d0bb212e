import { describe, expect, it } from 'vitest';
import { parseRoute, paths } from './routes.js';

describe('routes', () => {
  it.each([
    ['/', { page: 'home' }],
    ['/sites/s1', { page: 'work', site: 's1' }],
    ['/sites/s1/work', { page: 'work', site: 's1' }],
    ['/sites/s1/persons', { page: 'persons', site: 's1' }],
    ['/sites/s1/persons/new', { page: 'register', site: 's1' }],
    ['/sites/s1/persons/p1', { page: 'person', site: 's1', personId: 'p1' }],
    ['/sites/s1/cases/c1', { page: 'case', site: 's1', caseId: 'c1' }],
    ['/sites/s1/cases/c1/forms/plan', { page: 'form', site: 's1', caseId: 'c1', formId: 'plan' }],
    ['/sites/s1/cases/c1/print/plan', { page: 'print-plan', site: 's1', caseId: 'c1' }],
    ['/sites/s1/supervision', { page: 'supervision', site: 's1' }],
    ['/sites/s1/referrals', { page: 'inbox', site: 's1' }],
    ['/sites/s1/referrals/r1', { page: 'referral', site: 's1', referralId: 'r1' }],
    ['/sites/s1/referrals/r1/send', { page: 'referral-draft', site: 's1', referralId: 'r1' }],
    ['/sites/s1/referrals/r1/letter', { page: 'referral-letter', site: 's1', referralId: 'r1' }],
    ['/sites/s1/persons/p1/disclosures', { page: 'disclosures', site: 's1', personId: 'p1' }],
    ['/elsewhere', { page: 'not-found' }],
    ['/sites/s1/cases/c1/forms/plan/x', { page: 'not-found' }],
  ])('%s', (path, route) => expect(parseRoute(path)).toEqual(route));

  it('round-trips the paths it writes', () => {
    expect(parseRoute(paths.form('a b', 'c/1', 'f'))).toEqual({
      page: 'form',
      site: 'a b',
      caseId: 'c/1',
      formId: 'f',
    });
    expect(paths.case('s', 'c', 'plan')).toBe('/sites/s/cases/c?tab=plan');
  });
});
