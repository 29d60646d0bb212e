import type {
  FormDefinition,
  IndicatorDefinition,
  LookupDefinition,
  ReferralDefinition,
  RuleDefinition,
  ServiceDefinition,
  SiteDefinition,
  SopDefinition,
} from './definition-types.generated.js';

/** The TypeScript type of each definition kind. */
export type DefinitionOf = {
  site: SiteDefinition;
  form: FormDefinition;
  lookup: LookupDefinition;
  rule: RuleDefinition;
  sop: SopDefinition;
  referral: ReferralDefinition;
  service: ServiceDefinition;
  indicator: IndicatorDefinition;
};
