/** The pages of the caseworker UI, parsed from and written to paths. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'work'; readonly site: string }
  | { readonly page: 'persons'; readonly site: string }
  | { readonly page: 'register'; readonly site: string }
  | { readonly page: 'person'; readonly site: string; readonly personId: string }
  | { readonly page: 'case'; readonly site: string; readonly caseId: string }
  | { readonly page: 'form'; readonly site: string; readonly caseId: string; readonly formId: string }
  | { readonly page: 'print-plan'; readonly site: string; readonly caseId: string }
  | { readonly page: 'supervision'; readonly site: string }
  | { readonly page: 'emergency'; readonly site: string }
  | { readonly page: 'inbox'; readonly site: string }
  | { readonly page: 'referral'; readonly site: string; readonly referralId: string }
  | { readonly page: 'disclosures'; readonly site: string; readonly personId: string }
  | { readonly page: 'referral-draft'; readonly site: string; readonly referralId: string }
  | { readonly page: 'referral-letter'; readonly site: string; readonly referralId: string }
  | { readonly page: 'not-found' };

const e = encodeURIComponent;

export const paths = {
  work: (site: string) => `/sites/${e(site)}/work`,
  persons: (site: string) => `/sites/${e(site)}/persons`,
  register: (site: string) => `/sites/${e(site)}/persons/new`,
  person: (site: string, personId: string) => `/sites/${e(site)}/persons/${e(personId)}`,
  case: (site: string, caseId: string, tab?: string) =>
    `/sites/${e(site)}/cases/${e(caseId)}${tab ? `?tab=${e(tab)}` : ''}`,
  form: (site: string, caseId: string, formId: string) =>
    `/sites/${e(site)}/cases/${e(caseId)}/forms/${e(formId)}`,
  printPlan: (site: string, caseId: string) => `/sites/${e(site)}/cases/${e(caseId)}/print/plan`,
  supervision: (site: string) => `/sites/${e(site)}/supervision`,
  emergency: (site: string) => `/sites/${e(site)}/emergency`,
  inbox: (site: string) => `/sites/${e(site)}/referrals`,
  referral: (site: string, referralId: string) => `/sites/${e(site)}/referrals/${e(referralId)}`,
  disclosures: (site: string, personId: string) => `/sites/${e(site)}/persons/${e(personId)}/disclosures`,
  referralDraft: (site: string, referralId: string) => `/sites/${e(site)}/referrals/${e(referralId)}/send`,
  referralLetter: (site: string, referralId: string) => `/sites/${e(site)}/referrals/${e(referralId)}/letter`,
};

/** Pages of the admin UI, served beside this one under `/admin`. */
export const adminPaths = {
  site: (site: string) => `/admin/sites/${e(site)}`,
  kpis: (site: string) => `/admin/sites/${e(site)}/kpis`,
};

/** The page a path shows. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  const [root, site, section, id, sub, subId] = parts;
  if (root !== 'sites' || site === undefined) return { page: 'not-found' };
  if (section === undefined) return { page: 'work', site };
  if (section === 'work' && id === undefined) return { page: 'work', site };
  if (section === 'supervision' && id === undefined) return { page: 'supervision', site };
  if (section === 'emergency' && id === undefined) return { page: 'emergency', site };
  if (section === 'persons') {
    if (id === undefined) return { page: 'persons', site };
    if (id === 'new' && sub === undefined) return { page: 'register', site };
    if (sub === undefined) return { page: 'person', site, personId: id };
    if (sub === 'disclosures' && parts.length === 5) return { page: 'disclosures', site, personId: id };
  }
  if (section === 'referrals' && id === undefined) return { page: 'inbox', site };
  if (section === 'referrals' && id !== undefined && parts.length === 4)
    return { page: 'referral', site, referralId: id };
  if (section === 'referrals' && id !== undefined && parts.length === 5) {
    if (sub === 'send') return { page: 'referral-draft', site, referralId: id };
    if (sub === 'letter') return { page: 'referral-letter', site, referralId: id };
  }
  if (section === 'cases' && id !== undefined) {
    if (sub === undefined) return { page: 'case', site, caseId: id };
    if (sub === 'forms' && subId !== undefined && parts.length === 6)
      return { page: 'form', site, caseId: id, formId: subId };
    if (sub === 'print' && subId === 'plan' && parts.length === 6)
      return { page: 'print-plan', site, caseId: id };
  }
  return { page: 'not-found' };
}
