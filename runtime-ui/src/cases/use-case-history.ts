import { useEffect, useState } from 'react';
import type { Effect } from '../../../platform/workflow/index.js';
import { api } from '../common/api-client.js';
import type { HistoryItem, Page } from '../common/api-types.js';

const MAX_PAGES = 10;

/**
 * The case's whole history (oldest first, as the API pages it), loaded again when the case changes:
 * `changed` is anything that differs after a change (its version; its team, which changes apart).
 */
export function useCaseHistory(base: string, changed: string): { items?: HistoryItem[]; error?: unknown } {
  const [state, setState] = useState<{ items?: HistoryItem[]; error?: unknown }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: a changed case has new events
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: HistoryItem[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const answer: Page<HistoryItem> = await api<Page<HistoryItem>>(`${base}/history?limit=200${query}`);
        all.push(...answer.items);
        cursor = answer.next;
        if (cursor === null) break;
      }
      if (!cancelled) setState({ items: all });
    })().catch((error: unknown) => !cancelled && setState({ error }));
    return () => {
      cancelled = true;
    };
  }, [base, changed]);
  return state;
}

/** The stages a case has been in, from its history. */
export function visitedStages(items: readonly HistoryItem[]): Set<string> {
  const stages = new Set<string>();
  for (const event of items) {
    const effects = Array.isArray(event.payload.effects) ? (event.payload.effects as Effect[]) : [];
    for (const e of effects) {
      if (e.type === 'case_opened' || e.type === 'case_reopened') stages.add(e.stage);
      if (e.type === 'stage_changed') stages.add(e.to);
    }
  }
  return stages;
}
