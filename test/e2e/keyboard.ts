import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only helpers: the focus moves with Tab and Shift+Tab alone (never element.focus() or a click), and
 * every stop on the way must show where the focus is.
 */

/**
 * What the focused element shows: its outline or box shadow, or a near ancestor's (a label drawing a radio's ring,
 * a showcase card ringed as a whole when its title link has the focus).
 */
async function focusIndicator(page: Page): Promise<{ tag: string; name: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', name: '', visible: false };
    const name = (el.getAttribute('aria-label') || el.textContent || (el as HTMLInputElement).name || el.id || '').trim().slice(0, 60);
    const outlined = (node: Element) => {
      const s = getComputedStyle(node);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'transparent' && s.outlineColor !== 'rgba(0, 0, 0, 0)';
    };
    const own = getComputedStyle(el);
    if (outlined(el) || (own.boxShadow !== 'none' && own.boxShadow !== '')) return { tag: el.tagName, name, visible: true };
    // an ancestor counts only by an outline it draws while the focus is within it (a panel's resting shadow does not)
    for (let depth = 1, node = el.parentElement; node && depth < 4; depth++, node = node.parentElement)
      if (node.matches(':focus-within') && outlined(node)) return { tag: el.tagName, name, visible: true };
    return { tag: el.tagName, name, visible: false };
  });
}

export async function expectFocusVisible(page: Page): Promise<void> {
  const f = await focusIndicator(page);
  expect(f.visible, `the focus on <${f.tag.toLowerCase()}> "${f.name}" is not visible`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

/**
 * Presses Tab (or Shift+Tab) until the target has the focus, checking that each element passed shows its focus.
 * Fails after `max` presses: the target cannot be reached from the keyboard (or is far further than expected).
 */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false }: { max?: number; backwards?: boolean } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focusIndicator(page);
    if (f.tag !== 'BODY') expect(f.visible, `the focus on <${f.tag.toLowerCase()}> "${f.name}" is not visible`).toBe(true);
  }
  throw new Error(`could not reach ${target.toString()} with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Tabs to a text field, then types into it (replacing what it held). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to a select and moves through its options with the arrow keys (as on Windows and Linux) until one matches. */
export async function chooseOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await tabTo(page, select);
  const matches = async () => {
    const text = await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim() ?? '');
    return typeof option === 'string' ? text === option : option.test(text);
  };
  await page.keyboard.press('Home');
  const count = await select.locator('option').count();
  for (let i = 0; i < count && !(await matches()); i++) await page.keyboard.press('ArrowDown');
  expect(await matches(), `no option ${option} in ${select.toString()}`).toBe(true);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, control: Locator, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press(key);
}
