import { useMemo } from 'react';
import { formReadout } from '../../../platform/forms/index.js';
import { fixUzbekDates } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { isTable, type ReadoutNode, readoutTree, tableColumns } from './readout-tree.js';

function Table({ node }: { node: ReadoutNode }) {
  const columns = tableColumns(node);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="table-scroll" aria-label={node.line.label} tabIndex={0}>
      <table className="readout-table">
        <caption>{node.line.label}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {node.children.map((item, i) => {
            const cells = new Map(
              item.children.map((c) => [c.line.pointer.slice(item.line.pointer.length + 1), c.line.value]),
            );
            return (
              <tr key={item.line.pointer}>
                <th scope="row">{i + 1}</th>
                {columns.map((c) => (
                  <td key={c.key}>{cells.get(c.key) ?? ''}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Nodes({ nodes, level }: { nodes: readonly ReadoutNode[]; level: number }) {
  const Heading = level === 0 ? 'h3' : 'h4';
  const out = [];
  let pairs: ReadoutNode[] = [];
  const flush = () => {
    if (pairs.length === 0) return;
    const list = pairs;
    pairs = [];
    out.push(
      <dl key={`dl-${list[0]?.line.pointer}`} className="readout">
        {list.map((n) => (
          <div key={n.line.pointer} className="readout-pair">
            <dt>{n.line.label}</dt>
            <dd>{n.line.value}</dd>
          </div>
        ))}
      </dl>,
    );
  };
  for (const node of nodes) {
    if (node.children.length === 0 && node.line.value !== '') {
      pairs.push(node);
      continue;
    }
    flush();
    out.push(
      isTable(node) ? (
        <Table key={node.line.pointer} node={node} />
      ) : (
        <div key={node.line.pointer} className="readout-group">
          <Heading>{node.line.label}</Heading>
          <Nodes nodes={node.children} level={level + 1} />
        </div>
      ),
    );
  }
  flush();
  return <>{out}</>;
}

/**
 * Submitted data read out for people: labels and values in the given language (the user's by
 * default), groups under headings, flat repeat groups (plan steps, goals) as tables.
 */
export function ReadoutView({ formId, data, locale }: { formId: string; data: unknown; locale?: string }) {
  const { locale: uiLocale } = useI18n();
  const site = useSite();
  const language = locale ?? uiLocale;
  const lines = useMemo(() => {
    // Dates in English as international organisations write them (day month year).
    const read = formReadout(site.bundle, formId, data, language === 'en' ? 'en-GB' : language);
    // The engine formats dates with Intl, which lacks Uzbek data in some browsers.
    return language.startsWith('uz') ? read.map((l) => ({ ...l, value: fixUzbekDates(l.value) })) : read;
  }, [site.bundle, formId, data, language]);
  return (
    <div className="readout-view">
      <Nodes nodes={readoutTree(lines)} level={0} />
    </div>
  );
}
