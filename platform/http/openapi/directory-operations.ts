import type { ApiOperation } from './api-operations.js';

const S = '/api/sites/{siteId}';
const str = { type: 'string' };
const text = { type: ['string', 'null'] };
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});
const contact = {
  type: ['object', 'null'],
  properties: { phone: text, email: text, url: text, address: text },
};

/** A service of the directory in the reader's language (`platform/referrals/directory/directory-entry.ts`). */
const ENTRY = obj(
  {
    id: str,
    name: str,
    description: str,
    provider: obj({ partner: text, name: str, onSystem: { type: 'boolean' }, contact }, [
      'partner',
      'name',
      'onSystem',
    ]),
    categories: { type: 'array', items: str },
    eligibilityText: text,
    capacity: {
      type: ['object', 'null'],
      description: 'Places per period and the usual wait before starting (days).',
      properties: {
        places: { type: ['integer', 'null'] },
        period: text,
        waitingDays: { type: ['integer', 'null'] },
      },
    },
    duration: { type: ['object', 'null'] },
    locations: {
      type: 'array',
      items: obj({
        name: str,
        address: text,
        city: text,
        postalCode: text,
        district: text,
        country: text,
        accessibility: { type: 'array', items: str },
      }),
    },
    languages: { type: 'array', items: obj({ code: str, name: str }, ['code', 'name']) },
    contact,
    schedule: text,
    fees: text,
    referral: { type: ['string', 'null'], description: 'The referral protocol that reaches the service.' },
    status: { enum: ['active', 'inactive', 'gap'] },
  },
  ['id', 'name', 'provider', 'status'],
);

const NOTE = obj(
  {
    code: str,
    pointer: { type: 'string', description: 'JSON pointer into the uploaded document (the first place).' },
    pointers: { type: 'array', items: str },
    field: str,
    service: str,
    message: str,
  },
  ['code', 'pointer', 'message'],
);

/** The service directory and its Open Referral HSDS 3.0 export and import. */
export const DIRECTORY_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'get',
    path: `${S}/services`,
    summary:
      'The service directory for members of the site: searched by words (`q`), `language`, `location`, `partner`, `category`, `status` (comma-separated; default active and gap), said in the reader’s language or `locale`',
    tag: 'directory',
    query: ['q', 'language', 'location', 'partner', 'category', 'status', 'locale', 'limit', 'cursor'],
    ok: {
      status: 200,
      description: 'A page of services sorted by name',
      schema: obj({ locale: str, items: { type: 'array', items: ENTRY }, next: text }, [
        'locale',
        'items',
        'next',
      ]),
    },
    errors: [400, 401, 404],
  },
  {
    method: 'get',
    path: `${S}/services/{serviceId}`,
    summary: 'One service of the directory, with its eligibility condition and the protocol reaching it',
    tag: 'directory',
    query: ['locale'],
    ok: {
      status: 200,
      description: 'The service',
      schema: {
        allOf: [ENTRY, obj({ locale: str, eligibility: {}, referralName: text })],
      },
    },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: `${S}/services.hsds.json`,
    summary:
      'The published directory as an Open Referral HSDS 3.0 document (tabular JSON): texts in `language` (default: the site’s), other locales and Pathway-only parts in each record’s `pathway` extension',
    tag: 'directory',
    query: ['language'],
    ok: { status: 200, description: 'HSDS 3.0 tables (organization, service, location, …) and `pathway`' },
    errors: [400, 401, 404],
  },
  {
    method: 'post',
    path: `${S}/admin/services/import-hsds`,
    summary:
      'Import an HSDS 3.0 document (the body; tabular or nested) into the directory as service drafts: a dry run with the diff and notes, or `apply=true` to save the drafts',
    tag: 'admin',
    query: ['apply', 'language'],
    body: { type: 'object', description: 'An Open Referral HSDS 3.0 document.' },
    ok: {
      status: 200,
      description: 'What the import does (or did)',
      schema: obj(
        {
          language: str,
          applied: { type: 'boolean' },
          services: { type: 'array', items: { type: 'object' } },
          changes: { type: 'array', items: { type: 'object' } },
          notes: { type: 'array', items: NOTE },
          problems: { type: 'array', items: { type: 'object' } },
        },
        ['language', 'applied', 'services', 'changes', 'notes', 'problems'],
      ),
    },
    errors: [400, 401, 403, 404, 409, 415],
  },
];
