import { useEffect, useState } from 'react';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import type { TemplateItem } from '../api/admin-types.js';

/**
 * The templates a new site can extend, from the server (`GET /api/admin/templates`: published
 * templates and template folders), named in the user's language; a template can also be typed.
 */
export function useTemplates(): readonly TemplateItem[] {
  const [templates, setTemplates] = useState<readonly TemplateItem[]>([]);
  useEffect(() => {
    let live = true;
    api<{ templates: TemplateItem[] }>('/api/admin/templates')
      .then(({ templates }) => {
        if (live) setTemplates(templates);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return templates;
}
