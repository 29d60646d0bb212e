import type { ApiOperation } from '../openapi/api-operations.js';

const S = '/api/sites/{siteId}';
const QUERY = ['from', 'to', 'period', 'agency', 'groupBy', 'locale'];

const nullableNumber = { type: ['number', 'null'] };

/** One value: `period` null is the whole range, `group` null all groups. */
const CELL = {
  type: 'object',
  properties: {
    period: {
      type: ['string', 'null'],
      description: 'The bucket key (its first day), null for the whole range.',
    },
    group: { type: ['object', 'null'], description: 'Dimension path → value; null for all groups.' },
    groupLabels: { type: 'object', additionalProperties: { type: 'string' } },
    value: nullableNumber,
    count: { type: 'integer', description: 'Records in the population.' },
    numerator: { type: 'integer' },
    measured: {
      type: 'integer',
      description: 'Records with a number (sums, averages) or both dates (durations).',
    },
    meetsTarget: { type: ['boolean', 'null'] },
  },
  required: ['period', 'group', 'value', 'count'],
};

const KPI_VIEW = {
  type: 'object',
  properties: {
    indicatorId: { type: 'string' },
    name: { type: 'string' },
    description: { type: ['string', 'null'] },
    entity: { enum: ['cases', 'persons', 'referrals', 'tasks', 'submissions'] },
    measure: { enum: ['count', 'ratio', 'sum', 'average', 'median_duration', 'mean_duration'] },
    unit: { enum: ['count', 'percent', 'days', 'number'] },
    period: { enum: ['week', 'month', 'quarter', 'year'] },
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    agency: { type: ['string', 'null'] },
    groupBy: { type: 'array', items: { type: 'string' } },
    dimensions: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, label: { type: 'string' } } },
    },
    target: {
      type: ['object', 'null'],
      properties: { value: { type: 'number' }, direction: { enum: ['at_least', 'at_most'] } },
    },
    engine: { enum: ['sql', 'in-process'] },
    fallback: {
      type: 'object',
      description: 'Why it was computed in process: unsupported, undecided, requested.',
    },
    periods: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          key: { type: 'string' },
          label: { type: 'string' },
          start: { type: 'string', format: 'date' },
          end: { type: 'string', format: 'date' },
        },
      },
    },
    cells: { type: 'array', items: CELL },
    elapsedMs: { type: 'integer' },
  },
  required: ['indicatorId', 'name', 'measure', 'unit', 'period', 'periods', 'cells', 'engine'],
};

/** The KPI and match-count operations, listed in the API's single list of operations. */
export const KPI_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'get',
    path: `${S}/kpis`,
    summary: 'Every indicator of the site per period (and group), with targets — the KPI dashboard',
    tag: 'kpis',
    query: QUERY,
    ok: {
      status: 200,
      schema: {
        type: 'object',
        properties: {
          siteId: { type: 'string' },
          locale: { type: 'string' },
          today: { type: 'string', format: 'date' },
          indicators: { type: 'array', items: KPI_VIEW },
        },
      },
      description: 'Indicators',
    },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: `${S}/kpis.csv`,
    summary: 'The KPI dashboard as CSV: one row per indicator × period × group, names in `locale`',
    tag: 'kpis',
    query: QUERY,
    ok: { status: 200, description: 'text/csv' },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: `${S}/kpis/{indicatorId}`,
    summary: 'One indicator, broken down by the dimensions in `groupBy` (comma-separated paths)',
    tag: 'kpis',
    query: QUERY,
    ok: { status: 200, schema: KPI_VIEW, description: 'Indicator' },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: `${S}/match-count`,
    summary: 'How many registered persons (or cases not closed) a rule matches, of how many',
    tag: 'kpis',
    body: {
      type: 'object',
      properties: {
        ruleId: { type: 'string' },
        logic: { description: 'JSON Logic, when no rule id is given.' },
        subject: { enum: ['person', 'case'] },
      },
    },
    ok: {
      status: 200,
      schema: {
        type: 'object',
        properties: {
          subject: { enum: ['person', 'case'] },
          matched: { type: 'integer' },
          total: { type: 'integer' },
          engine: { enum: ['sql', 'in-process', 'sql+in-process'] },
          fallback: { type: 'object' },
          failed: { type: 'integer' },
          elapsedMs: { type: 'integer' },
        },
        required: ['subject', 'matched', 'total', 'engine'],
      },
      description: 'Counts',
    },
    errors: [400, 401, 403, 404, 415],
  },
];
