/** The whole storage schema, one module per aggregate; drizzle-kit and `drizzle()` read it from here. */

export * from '../referrals/referral-tables.js';
export * from './authoring.js';
export * from './cases.js';
export * from './emergency-access.js';
export * from './events.js';
export * from './persons.js';
export * from './sites.js';
export * from './submissions.js';
export * from './users.js';
