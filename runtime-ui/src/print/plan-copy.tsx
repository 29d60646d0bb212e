import { localize } from '../../../platform/kernel/localized-text.js';
import type { CaseView, PersonRecord } from '../common/api-types.js';
import { formatDay } from '../common/format.js';
import { formatMessage } from '../common/message-table.js';
import { isUiLocale } from '../common/ui-locales.js';
import { ReadoutView } from '../readout/readout-view.js';
import { formsWithPurpose, partnerName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { PRINT_MESSAGES } from './print-messages.js';

/** The printed document: everything in `language`, the client's (not the caseworker's). */
export function PlanCopy({
  view,
  person,
  language,
}: {
  view: CaseView;
  person: PersonRecord | null;
  language: string;
}) {
  const site = useSite();
  const ui = isUiLocale(language) ? language : 'en';
  const say = (id: string) => formatMessage(PRINT_MESSAGES, id, ui);
  const text = (value: Readonly<Record<string, string>> | string | undefined) =>
    localize(value, language, [site.bundle.site.defaultLocale, 'en']);
  const plans = formsWithPurpose(site.bundle, 'plan').filter((f) => view.data[f.id] !== undefined);
  const today = site.today();
  return (
    <article className="print-document" lang={language}>
      <header className="print-header">
        <p className="print-site">{text(site.bundle.site.name)}</p>
        <p>{text(partnerName(site.bundle, view.case.agency))}</p>
      </header>
      <h1>{say('title')}</h1>
      <dl className="readout print-facts">
        <div className="readout-pair">
          <dt>{say('client')}</dt>
          <dd>{person?.displayName ?? view.person?.displayName}</dd>
        </div>
        {person?.birthDate && (
          <div className="readout-pair">
            <dt>{say('born')}</dt>
            <dd>{formatDay(person.birthDate, ui)}</dd>
          </div>
        )}
        {view.ownerName && (
          <div className="readout-pair">
            <dt>{say('keyWorker')}</dt>
            <dd>{view.ownerName}</dd>
          </div>
        )}
        <div className="readout-pair">
          <dt>{say('printedOn')}</dt>
          <dd>{formatDay(today, ui)}</dd>
        </div>
      </dl>
      {plans.length === 0 && <p>{say('noPlan')}</p>}
      {plans.map((form) => (
        <section key={form.id} className="print-plan">
          <h2>{text(form.title)}</h2>
          <ReadoutView formId={form.id} data={view.data[form.id]} locale={language} />
        </section>
      ))}
      <div className="signature-lines">
        <p>{say('signatureClient')}</p>
        <p>{say('signatureWorker')}</p>
      </div>
    </article>
  );
}
