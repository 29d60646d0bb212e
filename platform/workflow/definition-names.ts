import type { SopDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { type LocalizedText, localize } from '../kernel/localized-text.js';
import { optionEntries } from './closure-reasons.js';

/** What a name can be looked up for. */
export type NameKind = 'form' | 'task' | 'stage' | 'transition' | 'approval' | 'review' | 'role' | 'reason';

function inSop(sop: SopDefinition, kind: NameKind, id: string): LocalizedText | undefined {
  const stages = sop.stages;
  switch (kind) {
    case 'stage':
      return stages.find((s) => s.id === id)?.name;
    case 'transition':
      return stages.flatMap((s) => s.transitions ?? []).find((t) => t.id === id)?.name;
    case 'approval':
      return sop.approvals?.find((a) => a.id === id)?.name;
    case 'review':
      return sop.reviews?.find((r) => r.id === id)?.name;
    case 'task':
      return (
        [...stages.flatMap((s) => s.tasks ?? []), ...(sop.discretionaryTasks ?? [])].find((t) => t.id === id)
          ?.name ??
        sop.reviews?.find((r) => r.id === id)?.name ??
        sop.approvals?.find((a) => a.id === id)?.name
      );
    default:
      return undefined;
  }
}

function reasonLabel(
  bundle: SiteBundle,
  sops: readonly SopDefinition[],
  id: string,
): LocalizedText | undefined {
  for (const sop of sops) {
    const sets = [sop.closure.reasons, sop.passive?.reasons];
    for (const set of sets) {
      const found = optionEntries(bundle, set).find((o) => o.value === id);
      if (found) return found.label;
    }
  }
  return undefined;
}

/**
 * The localized name of a definition, searching SOP `sopId` first and then every SOP of the
 * bundle; `undefined` when there is none (the caller shows the id).
 */
export function definitionName(
  bundle: SiteBundle,
  kind: NameKind,
  id: string,
  locale: string,
  sopId?: string,
): string | undefined {
  const fallbacks = [bundle.site.defaultLocale, 'en'];
  const sops = [
    ...(sopId !== undefined && bundle.sops[sopId] ? [bundle.sops[sopId]] : []),
    ...Object.values(bundle.sops),
  ];
  let text: LocalizedText | undefined;
  if (kind === 'form') text = bundle.forms[id]?.title;
  else if (kind === 'role') text = bundle.site.roles.find((r) => r.id === id)?.name;
  else if (kind === 'reason') text = reasonLabel(bundle, sops, id);
  else for (const sop of sops) text ??= inSop(sop, kind, id);
  return text === undefined ? undefined : localize(text, locale, fallbacks);
}
