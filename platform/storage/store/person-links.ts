import { and, eq, or } from 'drizzle-orm';
import type { PersonLink } from '../../cases/case-store.js';
import type { Db, Tx } from '../database.js';
import { personLinks, persons } from '../schema/index.js';

/** Links from and to a person, each with the other person's name. */
export async function linksOf(db: Db, siteId: string, personId: string): Promise<PersonLink[]> {
  const rows = await db
    .select({ link: personLinks, name: persons.displayName })
    .from(personLinks)
    .innerJoin(
      persons,
      and(
        eq(persons.siteId, personLinks.siteId),
        or(
          and(eq(personLinks.personId, personId), eq(persons.id, personLinks.relatedPersonId)),
          and(eq(personLinks.relatedPersonId, personId), eq(persons.id, personLinks.personId)),
        ),
      ),
    )
    .where(
      and(
        eq(personLinks.siteId, siteId),
        or(eq(personLinks.personId, personId), eq(personLinks.relatedPersonId, personId)),
      ),
    )
    .orderBy(personLinks.createdAt);
  return rows.map(({ link, name }) => {
    const inverse = link.relatedPersonId === personId;
    return {
      personId,
      relatedPersonId: inverse ? link.personId : link.relatedPersonId,
      relatedName: name,
      relation: link.relation,
      inverse,
      createdAt: link.createdAt,
    };
  });
}

export async function linkPersons(
  tx: Tx,
  link: { siteId: string; personId: string; relatedPersonId: string; relation: string; at: Date },
): Promise<void> {
  await tx
    .insert(personLinks)
    .values({
      siteId: link.siteId,
      personId: link.personId,
      relatedPersonId: link.relatedPersonId,
      relation: link.relation,
      createdAt: link.at,
    })
    .onConflictDoUpdate({
      target: [personLinks.personId, personLinks.relatedPersonId],
      set: { relation: link.relation },
    });
}

export async function unlinkPersons(
  tx: Tx,
  siteId: string,
  personId: string,
  relatedPersonId: string,
): Promise<void> {
  await tx
    .delete(personLinks)
    .where(
      and(
        eq(personLinks.siteId, siteId),
        or(
          and(eq(personLinks.personId, personId), eq(personLinks.relatedPersonId, relatedPersonId)),
          and(eq(personLinks.personId, relatedPersonId), eq(personLinks.relatedPersonId, personId)),
        ),
      ),
    );
}
