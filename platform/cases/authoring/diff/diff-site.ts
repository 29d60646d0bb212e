import type { Partner, Role, SiteDefinition } from '../../../definitions/definition-types.generated.js';
import { appendPointer } from '../../../kernel/json-pointer.js';
import { changedKeys, diffByKey, same } from './by-key.js';
import { type DefinitionDiff, named, say } from './change.js';

const MEMBERS: readonly [string, string] = ['held by {n} membership', 'held by {n} memberships'];

function diffPartners(d: DefinitionDiff, a: SiteDefinition, b: SiteDefinition): void {
  const diff = diffByKey<Partner>(a.partners, b.partners, (p) => p.id);
  const at = (i: number) => appendPointer('/partners', i);
  const name = (p: Partner) => named(p.id, say(d.scope, p.name, p.id));
  for (const { item, index } of diff.removed)
    d.add(
      'partner_removed',
      at(index),
      `Partner ${name(item)} removed`,
      { partner: item.id },
      {
        query: { type: 'agency', partnerId: item.id },
        phrase: ['{n} open case is held by it', '{n} open cases are held by it'],
      },
    );
  for (const { item, index } of diff.added)
    d.add('partner_added', at(index), `Partner ${name(item)} added`, { partner: item.id });
  for (const { key, before, after } of diff.changed) {
    const keys = changedKeys(before.item, after.item);
    d.add('partner_changed', at(after.index), `Partner ${name(after.item)}: ${keys.join(', ')} changed`, {
      partner: key,
      properties: keys,
    });
  }
}

function diffRoles(d: DefinitionDiff, a: SiteDefinition, b: SiteDefinition): void {
  const diff = diffByKey<Role>(a.roles, b.roles, (r) => r.id);
  const at = (i: number) => appendPointer('/roles', i);
  const name = (r: Role) => named(r.id, say(d.scope, r.name, r.id));
  const held = (roleId: string) => ({ query: { type: 'memberships' as const, roleId }, phrase: MEMBERS });
  for (const { item, index } of diff.removed)
    d.add('role_removed', at(index), `Role ${name(item)} removed`, { role: item.id }, held(item.id));
  for (const { item, index } of diff.added)
    d.add('role_added', at(index), `Role ${name(item)} added`, { role: item.id });
  for (const { key, before, after } of diff.changed) {
    const gained = after.item.permissions.filter((p) => !before.item.permissions.includes(p));
    const lost = before.item.permissions.filter((p) => !after.item.permissions.includes(p));
    if (gained.length + lost.length > 0) {
      const parts = [
        gained.length > 0 ? `gains ${gained.join(', ')}` : '',
        lost.length > 0 ? `loses ${lost.join(', ')}` : '',
      ];
      d.add(
        'role_permissions_changed',
        appendPointer(at(after.index), 'permissions'),
        `Role ${name(after.item)} ${parts.filter(Boolean).join(' and ')}`,
        { role: key, gained, lost },
        held(key),
      );
    }
    const keys = changedKeys(before.item, after.item, ['permissions']);
    if (keys.length > 0)
      d.add('role_changed', at(after.index), `Role ${name(after.item)}: ${keys.join(', ')} changed`, {
        role: key,
        properties: keys,
      });
  }
}

function diffSettings(d: DefinitionDiff, a: SiteDefinition, b: SiteDefinition): void {
  const before = a.settings ?? {};
  const after = b.settings ?? {};
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [old, now] = [before[id], after[id]];
    const at = appendPointer('/settings', id);
    const name = named(id, say(d.scope, (now ?? old)?.label, id));
    if (now === undefined) d.add('setting_removed', at, `Setting ${name} removed`, { setting: id });
    else if (old === undefined)
      d.add('setting_added', at, `Setting ${name} added: ${String(now.value)}`, {
        setting: id,
        to: now.value,
      });
    else if (old.value !== now.value)
      d.add(
        'setting_changed',
        appendPointer(at, 'value'),
        `Setting ${name}: ${String(old.value)} → ${String(now.value)}${now.unit ? ` ${now.unit}` : ''}`,
        { setting: id, from: old.value, to: now.value },
      );
    else if (!same(old, now))
      d.add('setting_documented', at, `Setting ${name}: ${changedKeys(old, now).join(', ')} changed`, {
        setting: id,
        properties: changedKeys(old, now),
      });
  }
}

/** Locales, partners, roles and permissions, and named settings of the site. */
export function diffSite(d: DefinitionDiff, a: SiteDefinition, b: SiteDefinition): string[] {
  const gained = b.locales.filter((l) => !a.locales.includes(l));
  const lost = a.locales.filter((l) => !b.locales.includes(l));
  for (const l of gained) d.add('locale_added', '/locales', `Locale ${l} added`, { locale: l });
  for (const l of lost) d.add('locale_removed', '/locales', `Locale ${l} removed`, { locale: l });
  diffPartners(d, a, b);
  diffRoles(d, a, b);
  diffSettings(d, a, b);
  return ['locales', 'partners', 'roles', 'settings'];
}
