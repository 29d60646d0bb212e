import { useEffect, useState } from 'react';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import type { SiteDefinitions, SiteItem } from '../api/admin-types.js';

/**
 * The templates the user's sites are built on (their `extends` chains). The API has no list of
 * templates, so they are read from the sites the user works at; a template can also be typed.
 */
export function useTemplates(): readonly string[] {
  const [templates, setTemplates] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const { sites } = await api<{ sites: SiteItem[] }>('/api/sites');
      const found = new Set<string>();
      for (const s of sites) {
        const answer = await api<SiteDefinitions>(`/api/sites/${encodeURIComponent(s.id)}/definitions`).catch(
          () => undefined,
        );
        for (const id of answer?.bundle.chain.slice(0, -1) ?? []) found.add(id);
        if (live) setTemplates([...found]);
      }
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return templates;
}
