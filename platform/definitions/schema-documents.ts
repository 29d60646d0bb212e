import commonSchema from '../../definitions/schema/common.schema.json' with { type: 'json' };
import formSchema from '../../definitions/schema/form.schema.json' with { type: 'json' };
import indicatorSchema from '../../definitions/schema/indicator.schema.json' with { type: 'json' };
import lookupSchema from '../../definitions/schema/lookup.schema.json' with { type: 'json' };
import referralSchema from '../../definitions/schema/referral.schema.json' with { type: 'json' };
import ruleSchema from '../../definitions/schema/rule.schema.json' with { type: 'json' };
import serviceSchema from '../../definitions/schema/service.schema.json' with { type: 'json' };
import siteSchema from '../../definitions/schema/site.schema.json' with { type: 'json' };
import sopSchema from '../../definitions/schema/sop.schema.json' with { type: 'json' };
import type { DefinitionKind } from './definition-kinds.js';

/** The JSON Schemas of the definition language (draft 2020-12), the single source of truth. */
export const KIND_SCHEMAS: Readonly<Record<DefinitionKind, Record<string, unknown>>> = {
  site: siteSchema,
  form: formSchema,
  lookup: lookupSchema,
  rule: ruleSchema,
  sop: sopSchema,
  referral: referralSchema,
  service: serviceSchema,
  indicator: indicatorSchema,
};

export const COMMON_SCHEMA: Record<string, unknown> = commonSchema;

export const SCHEMA_BASE = 'https://pathway.dev/schema/v1/';
