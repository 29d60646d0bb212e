import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { PersonScope } from '../../access/person-scope.js';
import type { DuplicateProbe, PageRequest, PersonQuery } from '../../cases/case-store.js';
import type { Page, PersonIdentifier, PersonRecord, PersonSummary } from '../../cases/records.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import type { Db } from '../database.js';
import { personIdentifiers, persons } from '../schema/index.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import { personScopeCondition } from './person-scope-sql.js';
import { toPerson } from './row-mappers.js';

/** Trigram similarity above which two folded names count as "similar" for duplicate checks. */
const SIMILAR_NAME = 0.45;

async function identifiersOf(db: Db, personIds: readonly string[]): Promise<Map<string, PersonIdentifier[]>> {
  const map = new Map<string, PersonIdentifier[]>();
  if (personIds.length === 0) return map;
  const rows = await db
    .select()
    .from(personIdentifiers)
    .where(inArray(personIdentifiers.personId, [...personIds]));
  for (const row of rows)
    map.set(row.personId, [...(map.get(row.personId) ?? []), { type: row.type, value: row.value }]);
  return map;
}

export async function personInScope(
  db: Db,
  siteId: string,
  id: string,
  scope: PersonScope,
): Promise<boolean> {
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.siteId, siteId), eq(persons.id, id), personScopeCondition(scope)));
  return rows.length > 0;
}

export async function findPerson(db: Db, siteId: string, id: string): Promise<PersonRecord | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.siteId, siteId), eq(persons.id, id)));
  if (row === undefined) return undefined;
  return toPerson(row, (await identifiersOf(db, [row.id])).get(row.id) ?? []);
}

type SummaryRow = {
  id: string;
  displayName: string;
  birthDate: string | null;
  sex: string | null;
  similarity?: number;
};

async function summaries(
  db: Db,
  rows: readonly SummaryRow[],
  reasons?: Map<string, string[]>,
): Promise<PersonSummary[]> {
  const ids = await identifiersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    birthDate: r.birthDate,
    sex: r.sex,
    identifiers: ids.get(r.id) ?? [],
    ...(reasons?.has(r.id) ? { reasons: reasons.get(r.id) } : {}),
    ...(r.similarity === undefined ? {} : { similarity: Math.round(r.similarity * 100) / 100 }),
  }));
}

/**
 * Persons who may be the same as the probe: the same official identifier, or a similar folded name
 * with the same date of birth. Candidates are shown to the caseworker, never merged silently.
 */
export async function findDuplicates(
  db: Db,
  siteId: string,
  probe: DuplicateProbe,
): Promise<PersonSummary[]> {
  const reasons = new Map<string, string[]>();
  const note = (id: string, reason: string) => reasons.set(id, [...(reasons.get(id) ?? []), reason]);
  for (const { type, value } of probe.identifiers) {
    const rows = await db
      .select({ personId: personIdentifiers.personId })
      .from(personIdentifiers)
      .where(
        and(
          eq(personIdentifiers.siteId, siteId),
          eq(personIdentifiers.type, type),
          eq(personIdentifiers.value, value),
        ),
      );
    for (const r of rows) note(r.personId, `identifier:${type}`);
  }
  if (probe.birthDate !== null && probe.nameKey !== '') {
    const rows = await db
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          eq(persons.siteId, siteId),
          eq(persons.birthDate, probe.birthDate),
          sql`similarity(${persons.nameKey}, ${probe.nameKey}) >= ${SIMILAR_NAME}`,
        ),
      )
      .limit(20);
    for (const r of rows) note(r.id, 'name_and_birth_date');
  }
  reasons.delete(probe.excludePersonId ?? '');
  if (reasons.size === 0) return [];
  const rows = await db
    .select({
      id: persons.id,
      displayName: persons.displayName,
      birthDate: persons.birthDate,
      sex: persons.sex,
    })
    .from(persons)
    .where(and(eq(persons.siteId, siteId), inArray(persons.id, [...reasons.keys()])));
  return summaries(db, rows, reasons);
}

/**
 * Finds persons by name (tolerant of script, diacritics and small misspellings: trigram similarity
 * on the folded name, best matches first), by identifier, or by date of birth. Without a name the
 * list is keyset-paginated by id.
 */
export async function searchPersons(
  db: Db,
  siteId: string,
  query: PersonQuery,
  page: PageRequest,
): Promise<Page<PersonSummary>> {
  const limit = pageLimit(page.limit);
  const text = normalizeName(query.text ?? '');
  const conditions = [eq(persons.siteId, siteId), personScopeCondition(query.scope)];
  if (query.birthDate) conditions.push(eq(persons.birthDate, query.birthDate));
  if (query.identifier) {
    const sub = db
      .select({ id: personIdentifiers.personId })
      .from(personIdentifiers)
      .where(and(eq(personIdentifiers.siteId, siteId), eq(personIdentifiers.value, query.identifier.trim())));
    conditions.push(inArray(persons.id, sub));
  }
  if (text !== '') {
    const similarity = sql<number>`greatest(similarity(${persons.nameKey}, ${text}), word_similarity(${text}, ${persons.nameKey}))`;
    const rows = await db
      .select({
        id: persons.id,
        displayName: persons.displayName,
        birthDate: persons.birthDate,
        sex: persons.sex,
        similarity,
      })
      .from(persons)
      .where(
        and(
          ...conditions,
          or(
            sql`${persons.nameKey} % ${text}`,
            sql`${text} <% ${persons.nameKey}`,
            sql`${persons.nameKey} like ${`${text.replace(/[%_\\]/g, '')}%`}`,
          ),
        ),
      )
      .orderBy(sql`${similarity} desc`, asc(persons.id))
      .limit(limit);
    return {
      items: await summaries(
        db,
        rows.map((r) => ({ ...r, similarity: Number(r.similarity) })),
      ),
      next: null,
    };
  }
  const [after] = decodeCursor(page.cursor, 1) ?? [];
  if (after !== undefined) conditions.push(gt(persons.id, String(after)));
  const rows = await db
    .select({
      id: persons.id,
      displayName: persons.displayName,
      birthDate: persons.birthDate,
      sex: persons.sex,
    })
    .from(persons)
    .where(and(...conditions))
    .orderBy(asc(persons.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  return {
    items: await summaries(db, items),
    next: rows.length > limit ? encodeCursor([items.at(-1)?.id ?? '']) : null,
  };
}
