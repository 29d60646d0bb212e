import type { ServiceDefinition } from '../../definitions/definition-types.generated.js';
import { PlatformError } from '../../kernel/errors.js';
import {
  type DirectoryDetail,
  type DirectoryEntry,
  type DirectoryQuery,
  directoryDetail,
  searchDirectory,
} from '../../referrals/directory/index.js';
import { directoryToHsds, type HsdsDirectory } from '../../referrals/hsds/index.js';
import type { PageRequest } from '../case-store.js';
import type { OperationContext } from '../operation-context.js';
import type { Page } from '../records.js';

/** A page of the directory, in the language it was said in. */
export type DirectoryPage = Page<DirectoryEntry> & { readonly locale: string };

const MAX_PAGE = 200;

function cursorOf(entry: DirectoryEntry): string {
  return Buffer.from(JSON.stringify([entry.name, entry.id])).toString('base64url');
}

function afterCursor(cursor: string | null | undefined): [string, string] | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // reported below
  }
  throw new PlatformError('bad_request', 'The cursor is not valid; start from the first page.', {
    fields: [{ pointer: '/cursor', code: 'cursor', message: 'Invalid cursor.' }],
  });
}

/**
 * The site's published service directory for any member of the site (caseworkers, partner
 * officers, board members): the services meeting the query, in `locale` (default: the reader's),
 * sorted by name in it, a page at a time (`cursor`: the `next` of the page before).
 */
export function listDirectory(
  ctx: OperationContext,
  query: DirectoryQuery,
  page: PageRequest,
  locale: string = ctx.actor.locale,
): DirectoryPage {
  const entries = searchDirectory(ctx.version.bundle, query, locale);
  const after = afterCursor(page.cursor);
  const collator = new Intl.Collator(locale);
  const rest =
    after === undefined
      ? entries
      : entries.filter((e) => (collator.compare(e.name, after[0]) || e.id.localeCompare(after[1])) > 0);
  const limit = Math.min(Math.max(Math.trunc(page.limit) || 50, 1), MAX_PAGE);
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return { locale, items, next: rest.length > limit && last !== undefined ? cursorOf(last) : null };
}

function serviceOf(ctx: OperationContext, serviceId: string): ServiceDefinition {
  const service = Object.hasOwn(ctx.version.bundle.services, serviceId)
    ? ctx.version.bundle.services[serviceId]
    : undefined;
  if (service === undefined)
    throw new PlatformError('not_found', `No service "${serviceId}" in the directory.`);
  return service;
}

/** One service of the directory with its eligibility condition and the protocol that reaches it. */
export function readDirectoryService(
  ctx: OperationContext,
  serviceId: string,
  locale: string = ctx.actor.locale,
): DirectoryDetail & { readonly locale: string } {
  return { locale, ...directoryDetail(ctx.version.bundle, serviceOf(ctx, serviceId), locale) };
}

/**
 * The published directory as an Open Referral HSDS 3.0 document (tabular JSON), its texts in
 * `language` — one of the site's locales, by default its default one — and the other locales in
 * the `pathway` extension.
 */
export function exportDirectoryHsds(ctx: OperationContext, language?: string): HsdsDirectory {
  const { site } = ctx.version.bundle;
  const chosen = language ?? site.defaultLocale;
  if (!site.locales.includes(chosen))
    throw new PlatformError('bad_request', `The site's languages are ${site.locales.join(', ')}.`, {
      fields: [{ pointer: '/language', code: 'enum', message: `One of ${site.locales.join(', ')}.` }],
    });
  return directoryToHsds(ctx.version.bundle, chosen);
}
