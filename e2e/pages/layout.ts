import type { Page } from 'playwright-core';

/** The widths a page must work at: a small phone, a common phone, a tablet, a laptop. */
export const SCREEN_WIDTHS = [320, 375, 768, 1280] as const;

export interface Overflow {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** The elements reaching past the right edge (outermost first), to say what to fix. */
  readonly culprits: string[];
}

// Runs in the page. Written as text because the project compiles without the browser's (DOM) types.
// An element inside a region that scrolls on its own does not widen the page, so only elements the
// page itself would have to scroll to are named, outermost first.
const MEASURE_OVERFLOW = `(() => {
  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const past = (element) => element.getBoundingClientRect().right > clientWidth + 0.5;
  const scrollsOnItsOwn = (element) => {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  const describe = (element) => {
    const classes = [...element.classList].slice(0, 2).join('.');
    const right = Math.round(element.getBoundingClientRect().right);
    return element.tagName.toLowerCase() + (classes ? '.' + classes : '') + ' (right edge ' + right + 'px)';
  };
  const culprits = [...document.body.querySelectorAll('*')]
    .filter((element) => past(element) && !scrollsOnItsOwn(element))
    .filter((element) => !element.parentElement || !past(element.parentElement))
    .slice(0, 5)
    .map(describe);
  return { scrollWidth: root.scrollWidth, clientWidth, culprits };
})()`;

/** How far the document reaches sideways, and what reaches past the window. */
export function pageOverflow(page: Page): Promise<Overflow> {
  return page.evaluate<Overflow>(MEASURE_OVERFLOW);
}

/** Sets the window to a width (and a phone or laptop height) and reloads, as if opened at that size. */
export async function openAtWidth(page: Page, path: string, width: number): Promise<number> {
  await page.setViewportSize({ width, height: width < 768 ? 740 : 800 });
  const response = await page.goto(path);
  return response?.status() ?? 0;
}

/** The columns of a table whose header cell is not wholly inside the window, named by header text. */
export async function columnsOutsideWindow(
  page: Page,
  tableSelector: string,
  headers: string[],
): Promise<string[]> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page has no fixed window size');
  const outside: string[] = [];
  for (const header of headers) {
    const cell = page.locator(`${tableSelector} thead th`).filter({ hasText: header }).first();
    const box = await cell.boundingBox();
    if (!box || box.x < 0 || box.x + box.width > viewport.width) outside.push(header);
  }
  return outside;
}

/** The printable width of an A4 sheet with 15mm margins (180mm at 96 CSS pixels to the inch). */
export const A4_PRINTABLE_WIDTH = 680;

/** Lays the page out as it prints on A4: print styles on, the window as wide as the printable sheet. */
export async function openAsPrinted(page: Page, path: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return openAtWidth(page, path, A4_PRINTABLE_WIDTH);
}

const MEASURE_TABLES = `(() => {
  const tables = [...document.querySelectorAll('main table')].map((table) => table.scrollWidth);
  return { table: Math.max(0, ...tables), room: document.querySelector('main')?.clientWidth ?? 0 };
})()`;

/** The widest table of the main content against the width the content has, as printed or shown. */
export function widestTable(page: Page): Promise<{ table: number; room: number }> {
  return page.evaluate<{ table: number; room: number }>(MEASURE_TABLES);
}
