import type { ComponentType } from 'react';
import type { CaseView } from '../common/api-types.js';
import { ReferralsPanel } from '../referrals/case/referrals-panel.js';
import { formsWithPurpose } from '../site/definitions.js';
import type { Site } from '../site/site-context.js';
import { FormsPanel } from './forms-panel.js';
import { HistoryPanel } from './history-panel.js';
import { NotesPanel } from './notes-panel.js';
import { OverviewPanel } from './overview-panel.js';
import { PlanPanel } from './plan-panel.js';
import { TeamPanel } from './team-panel.js';

/**
 * The case page's sections, in tab order. A new section (referrals, consent records) is one more
 * entry here: an id (its tab label is `tab_<id>` in CASE_MESSAGES), when it shows, and its panel.
 */
export type CasePanel = {
  readonly id: string;
  visible(view: CaseView, site: Site): boolean;
  readonly Component: ComponentType;
};

const always = () => true;

export const CASE_PANELS: readonly CasePanel[] = [
  { id: 'overview', visible: always, Component: OverviewPanel },
  { id: 'forms', visible: always, Component: FormsPanel },
  {
    id: 'plan',
    visible: (_v, site) => formsWithPurpose(site.bundle, 'plan').length > 0,
    Component: PlanPanel,
  },
  {
    id: 'notes',
    visible: (_v, site) => formsWithPurpose(site.bundle, 'case_conference', 'follow_up', 'note').length > 0,
    Component: NotesPanel,
  },
  {
    id: 'referrals',
    visible: (_v, site) => Object.keys(site.bundle.referrals).length > 0 && site.can('case.read'),
    Component: ReferralsPanel,
  },
  { id: 'team', visible: always, Component: TeamPanel },
  { id: 'history', visible: always, Component: HistoryPanel },
];
