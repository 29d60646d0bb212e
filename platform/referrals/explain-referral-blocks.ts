import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonValue } from '../kernel/json.js';
import { type LocalizedText, localize } from '../kernel/localized-text.js';
import {
  BLOCK_PHRASE_KEYS,
  type BlockPhraseBook,
  type BlockPhraseKey,
  blockPhraseBook,
} from './block-phrases/index.js';
import type { ReferralStatus } from './referral.js';
import type { ReferralBlock } from './referral-block.js';
import type { ReferralEventType } from './referral-event.js';

/** The site whose names to use and the locale of the phrases. */
export type ExplainReferralOptions = { readonly bundle: SiteBundle; readonly locale: string };

type Namer = (id: string) => string;

function namers(book: BlockPhraseBook, o: ExplainReferralOptions): Record<string, Namer> {
  const { bundle } = o;
  const text = (t: LocalizedText | undefined, id: string) =>
    t === undefined ? id : localize(t, o.locale, [bundle.site.defaultLocale, 'en']);
  const quoted = (t: LocalizedText | undefined, id: string) => book.quote(text(t, id));
  const service: Namer = (id) => quoted(bundle.services[id]?.name, id);
  const protocol: Namer = (id) => quoted(bundle.referrals[id]?.name, id);
  return {
    from: (id) => book.statuses[id as ReferralStatus] ?? id,
    status: (id) => book.statuses[id as ReferralStatus] ?? id,
    event: (id) => book.events[id.split(':')[0] as ReferralEventType] ?? id,
    purpose: (id) => quoted(bundle.site.consentPurposes?.find((p) => p.id === id)?.name, id),
    form: (id) => quoted(bundle.forms[id]?.title, id),
    service,
    protocol,
  };
}

function fill(template: string, block: ReferralBlock, names: Record<string, Namer>): string {
  const params: Readonly<Record<string, JsonValue>> = block.params;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'code') return block.code;
    if (key === 'target') {
      const service = params.service;
      return typeof service === 'string'
        ? (names.service?.(service) ?? service)
        : (names.protocol?.(String(params.protocol ?? '')) ?? '');
    }
    const raw = params[key];
    if (raw === undefined || raw === null) return '…';
    return names[key]?.(String(raw)) ?? String(raw);
  });
}

function keyOf(block: ReferralBlock): BlockPhraseKey {
  const base = block.code.split(':')[0] ?? block.code;
  return (BLOCK_PHRASE_KEYS as readonly string[]).includes(base) ? (base as BlockPhraseKey) : 'unknown_code';
}

/**
 * One readable sentence per refusal of the referral engine, in `locale` (en, fr, uz, ru, sr-Cyrl,
 * sr-Latn; other locales read English) with the site's names of purposes, forms, services and
 * protocols. A failed eligibility condition adds the checks that failed, as the rules engine
 * described them.
 */
export function explainReferralBlocks(
  blocks: readonly ReferralBlock[],
  options: ExplainReferralOptions,
): string[] {
  const book = blockPhraseBook(options.locale);
  const names = namers(book, options);
  return blocks.map((block) => {
    const sentence = fill(book.phrases[keyOf(block)], block, names);
    const failed = (block.explanation ?? []).filter((line) => line.passed === false).map((l) => l.text);
    return failed.length > 0 ? `${sentence} (${failed.join('; ')})` : sentence;
  });
}
