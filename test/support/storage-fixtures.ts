import { randomBytes } from 'node:crypto';
import type { Db } from '../../platform/storage/database.js';
import { sites } from '../../platform/storage/schema/index.js';

/** Inserts a site with a random id (so tests sharing a database never collide) and returns the id. */
export async function insertSite(db: Db, id = `site-${randomBytes(4).toString('hex')}`): Promise<string> {
  await db.insert(sites).values({ id, name: { en: `Test site ${id}` } });
  return id;
}
