import { useMemo } from 'react';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { useAdminSite } from '../site/admin-site-context.js';
import type { ChangeNames } from './phrase-change.js';

type Text = Readonly<Record<string, string>> | undefined;

/** The names of a site's settings, stages, tasks, reviews, roles and partners, drafts first. */
export function useChangeNames(): ChangeNames {
  const { l } = useI18n();
  const site = useAdminSite();
  return useMemo(() => {
    const bundles: SiteBundle[] = [site.working, site.bundle];
    const first = (find: (b: SiteBundle) => Text) => {
      for (const b of bundles) {
        const found = l(find(b));
        if (found) return found;
      }
      return '';
    };
    const sops = (b: SiteBundle) => Object.values(b.sops);
    const named = (id: string, name: string) => (name === '' || name === id ? id : `${name} (${id})`);
    return {
      setting: (id) =>
        named(
          id,
          first((b) => b.site.settings?.[id]?.label),
        ),
      stage: (id) =>
        first(
          (b) =>
            sops(b)
              .flatMap((s) => s.stages)
              .find((x) => x.id === id)?.name,
        ) || id,
      task: (id) =>
        first(
          (b) =>
            sops(b)
              .flatMap((s) => [...s.stages.flatMap((x) => x.tasks ?? []), ...(s.discretionaryTasks ?? [])])
              .find((x) => x.id === id)?.name,
        ) || id,
      review: (id) =>
        first(
          (b) =>
            sops(b)
              .flatMap((s) => s.reviews ?? [])
              .find((x) => x.id === id)?.name,
        ) || id,
      role: (id) => first((b) => b.site.roles.find((r) => r.id === id)?.name) || id,
      partner: (id) => first((b) => b.site.partners.find((p) => p.id === id)?.name) || id,
    };
  }, [site.working, site.bundle, l]);
}
