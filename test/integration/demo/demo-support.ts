/*
 * Shared set-up of the demo-data integration tests (imported by `*.test.ts` only): the platform
 * with the example sites published and their demo users, and read-backs of what a run wrote.
 */
import { eq } from 'drizzle-orm';
import { siteDay } from '../../../platform/cases/demo/site-day.js';
import { BUILT_IN_SITES, folderResolver } from '../../../platform/definitions/read-site-folders.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { validateSubmission } from '../../../platform/forms/index.js';
import type { Db } from '../../../platform/storage/database.js';
import { cases, persons, submissions } from '../../../platform/storage/schema/index.js';
import { type Platform, startPlatform } from '../../support/platform-harness.js';

export const SITES = ['uz-tashkent-icm', 'rs-youth-nes-csw', 'child-family-cm'] as const;

/** The reference "now" of the tests' runs (a Monday). */
export const NOW = new Date('2025-09-01T00:00:00Z');

/** The platform with the example sites (published long before the simulated cases start). */
export function startDemoPlatform(sites: readonly string[] = SITES): Promise<Platform> {
  return startPlatform(sites, folderResolver([BUILT_IN_SITES]), '2023-06-01T00:00:00Z');
}

/** One line per case of a site, in a stable order: client, birth date, stage, status, reason. */
export async function caseLines(db: Db, siteId: string): Promise<string[]> {
  const rows = await db
    .select({
      name: persons.displayName,
      birth: persons.birthDate,
      stage: cases.stage,
      status: cases.status,
      reason: cases.closureReason,
      reopened: cases.reopenedCount,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.siteId, siteId));
  return rows
    .map((r) => `${r.name}|${r.birth}|${r.stage}|${r.status}|${r.reason ?? ''}|${r.reopened}`)
    .sort();
}

/** Every stored submission and registration of a site that its form (and the day it was made) rejects. */
export async function invalidSubmissions(db: Db, bundle: SiteBundle): Promise<string[]> {
  const zone = bundle.site.timeZone ?? 'UTC';
  const bad: string[] = [];
  const check = (formId: string, data: unknown, at: Date, what: string) => {
    const result = validateSubmission({ bundle, formId, data, locale: 'en', today: siteDay(at, zone) });
    if (!result.ok) bad.push(`${what} ${formId}: ${JSON.stringify(result.errors)}`);
  };
  const rows = await db.select().from(submissions).where(eq(submissions.siteId, bundle.siteId));
  for (const s of rows) check(s.formId, s.data, s.submittedAt ?? s.createdAt, `submission ${s.id}`);
  const registration = bundle.site.registration?.form.form ?? '';
  for (const p of await db.select().from(persons).where(eq(persons.siteId, bundle.siteId)))
    check(registration, p.data, p.createdAt, `person ${p.id}`);
  return bad;
}
