import type { Locator, Page } from 'playwright-core';

/**
 * Fills a generated form the way a user would, from data shaped like a submission: it finds each
 * field by its rjsf id (`root.steps.0.due`), types, picks options, ticks boxes and adds repeat
 * items. Fields that appear only after others are answered (show rules) are retried; calculated
 * (read-only) fields are left to the form.
 */
export async function fillForm(page: Page, data: Record<string, unknown>): Promise<void> {
  let pending: [string, unknown][] = Object.entries(data).map(([k, v]) => [`root.${k}`, v]);
  for (let pass = 0; pass < 4 && pending.length > 0; pass++) {
    const missed: [string, unknown][] = [];
    for (const [id, value] of pending) missed.push(...(await fillValue(page, id, value)));
    pending = missed;
  }
  if (pending.length > 0)
    throw new Error(`Fields not found in the form: ${pending.map(([id]) => id).join(', ')}`);
}

function byId(page: Page, id: string): Locator {
  return page.locator(`[id="${id}"]`);
}

async function fillValue(page: Page, id: string, value: unknown): Promise<[string, unknown][]> {
  const element = byId(page, id);
  if ((await element.count()) === 0) return [[id, value]];
  if (Array.isArray(value)) return fillArray(page, id, element, value);
  if (value !== null && typeof value === 'object') {
    const missed: [string, unknown][] = [];
    for (const [k, v] of Object.entries(value)) missed.push(...(await fillValue(page, `${id}.${k}`, v)));
    return missed;
  }
  return (await setScalar(element, value)) ? [] : [[id, value]];
}

async function fillArray(
  page: Page,
  id: string,
  element: Locator,
  values: unknown[],
): Promise<[string, unknown][]> {
  // A multi-select renders as a group of checkboxes.
  if ((await element.getAttribute('class'))?.split(' ').includes('checkboxes')) {
    const boxes = values.map((v) => element.locator(`input[value="${String(v)}"]`));
    for (const box of boxes) if ((await box.count()) === 0) return [[id, values]];
    for (const box of boxes) await box.check();
    return [];
  }
  const missed: [string, unknown][] = [];
  for (const [i, v] of values.entries()) {
    const itemId = `${id}.${i}`;
    if ((await byId(page, itemId).count()) === 0 && (await itemFieldCount(page, itemId)) === 0)
      await byId(page, `${id}__add`).click();
    missed.push(...(await fillValue(page, itemId, v)));
  }
  return missed;
}

async function itemFieldCount(page: Page, itemId: string): Promise<number> {
  return page.locator(`[id^="${itemId}."]`).count();
}

/** Sets one answer; false when the option is not offered (yet: option filters follow other answers). */
async function setScalar(element: Locator, value: unknown): Promise<boolean> {
  const info = {
    tag: (await element.evaluate((e) => (e as unknown as { tagName: string }).tagName)).toLowerCase(),
    readOnly:
      (await element.getAttribute('readonly')) !== null || (await element.getAttribute('disabled')) !== null,
    group: (await element.locator('input[type=radio]').count()) > 0,
  };
  if (info.readOnly) return true;
  if (info.group) {
    const choice = element.locator(`input[value="${String(value)}"]`);
    if ((await choice.count()) === 0) return false;
    await choice.check();
    return true;
  }
  if (info.tag === 'select') {
    if ((await element.locator(`option[value="${String(value)}"]`).count()) === 0) return false;
    await element.selectOption(String(value));
    return true;
  }
  await element.fill(String(value));
  return true;
}
