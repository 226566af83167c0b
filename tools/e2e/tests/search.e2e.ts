import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './a11y.js';

/*
 * Search over the demo content (apps/api/src/seed/demo-practices.ts, demo-discussions.ts), as a
 * guest. Queries are chosen to match published demo practices:
 * - "Sprachcafe" (without the accent) → "Sprachcafé-Netzwerk in den Stadtteilen" (Freiburg) and
 *   "Mobiles Sprachcafé für sechs Dörfer", and the demo thread "Sprachcafé: Wie halten wir …".
 * - "Integartion" (a typo) → the many practices about "Integration".
 */

/** The header's search box: on every page, in the banner. */
const headerBox = (page: Page) => page.getByRole('banner').getByRole('search', { name: 'Suche' }).getByRole('combobox', { name: 'Suche' });

/** The option the combobox points at (aria-activedescendant): focus itself stays in the field. */
async function activeOption(page: Page, box: Locator): Promise<Locator> {
  const id = await box.getAttribute('aria-activedescendant');
  expect(id, 'an option is active').toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

/** The live region of the results page ("23 Treffer für „…“"). */
const resultCount = (page: Page) => page.getByRole('main').getByRole('status').filter({ hasText: /Treffer|Einträge/ });

const hits = (page: Page) => page.getByRole('list', { name: 'Ergebnisse', exact: true });

test.describe('searching the platform', () => {
  test('types a misspelt word into the header box, picks a suggestion with the keyboard, narrows by kind and opens a hit', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Praxisforum: Integration gemeinsam gestalten' })).toBeVisible();

    const box = headerBox(page);
    await box.click();
    // Typed key by key like a person, so debouncing and suggestions-as-you-type take part.
    await box.pressSequentially('Sprachcafe', { delay: 60 });
    const suggestions = page.getByRole('listbox', { name: 'Vorschläge' });
    await expect(suggestions).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(suggestions.getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('banner').getByRole('status').filter({ hasText: 'Pfeiltasten' })).toHaveText(
      /^(\d+ Vorschläge|Ein Vorschlag)\. Mit den Pfeiltasten auswählen, mit der Eingabetaste öffnen\.$/,
    );
    await expect(box).toBeFocused();
    // With the suggestions open.
    await expectNoAccessibilityViolations(page);

    // Arrow down to the first suggestion that runs a search (those that open a page name their kind).
    const count = await suggestions.getByRole('option').count();
    let chosen: string | undefined;
    for (let i = 0; i < count && !chosen; i++) {
      await box.press('ArrowDown');
      const option = await activeOption(page, box);
      await expect(option).toHaveAttribute('aria-selected', 'true');
      const text = (await option.textContent()) ?? '';
      if (text.endsWith('Suchbegriff')) chosen = text.replace(/, Suchbegriff$/, '').trim();
    }
    expect(chosen, 'the suggestions for "Sprachcafe" offer a search term').toBeTruthy();
    await expect(box).toBeFocused();
    await box.press('Enter');

    await expect(page).toHaveURL(/\/suche\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(chosen);
    await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(resultCount(page)).toHaveText(/^\d+ Treffer für „.+“/);
    await expect(hits(page).getByRole('link', { name: 'Sprachcafé-Netzwerk in den Stadtteilen' })).toBeVisible();
    await expect(hits(page).locator('mark').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Narrow to practices with the keyboard: the checkbox keeps focus while the results reload.
    const practices = page.getByRole('group', { name: 'Art des Inhalts' }).getByRole('checkbox', { name: /^Praxisbeispiele \(\d+\)$/ });
    // Facets count with the other filters only, so this is the number of hits to expect.
    const label = (await page.locator('label', { hasText: /^Praxisbeispiele \(\d+\)$/ }).textContent()) ?? '';
    const expected = Number(/\((\d+)\)$/.exec(label)?.[1]);
    expect(expected).toBeGreaterThan(0);
    await practices.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/[?&]kinds=practice(&|$)/);
    await expect(practices).toBeChecked();
    await expect(practices).toBeFocused();
    await expect(resultCount(page)).toHaveText(new RegExp(`^${expected} Treffer für`));
    // Every hit on the page is a practice now.
    const kinds = await hits(page).locator('.search-hit-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Praxisbeispiel']));
    await expectNoAccessibilityViolations(page);

    // The URL alone restores the narrowed search.
    await page.reload();
    await expect(page.getByRole('group', { name: 'Art des Inhalts' }).getByRole('checkbox', { name: /^Praxisbeispiele/ })).toBeChecked();

    const hit = hits(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Sprachcafé-Netzwerk in den Stadtteilen' }) });
    await expect(hit).toContainText('Freiburg im Breisgau');
    await expect(hit.locator('.badge-example')).toHaveText(/^Beispiel/);
    await hit.getByRole('link', { name: 'Sprachcafé-Netzwerk in den Stadtteilen' }).click();
    await expect(page).toHaveURL(/\/praxisbeispiele\/sprachcafe-netzwerk-in-den-stadtteilen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sprachcafé-Netzwerk in den Stadtteilen' })).toBeVisible();
  });

  test('opens a page straight from a suggestion', async ({ page }) => {
    await page.goto('/kommunen');
    const box = headerBox(page);
    await box.click();
    await box.pressSequentially('Sprachcafe', { delay: 60 });
    const suggestions = page.getByRole('listbox', { name: 'Vorschläge' });
    const practice = suggestions.getByRole('option', { name: /Sprachcafé-Netzwerk in den Stadtteilen/ });
    await expect(practice).toBeVisible();

    // Escape closes the list and keeps the text; the arrow key opens it again.
    await box.press('Escape');
    await expect(suggestions).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('Sprachcafe');
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(practice).toBeVisible();

    // Mouse works too.
    await practice.click();
    await expect(page).toHaveURL(/\/praxisbeispiele\/sprachcafe-netzwerk-in-den-stadtteilen$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sprachcafé-Netzwerk in den Stadtteilen' })).toBeVisible();
  });

  test('finds "Integration" despite the typo and offers the corrected search', async ({ page }) => {
    await page.goto('/kommunen');
    const box = headerBox(page);
    await box.click();
    await box.pressSequentially('Integartion', { delay: 60 });
    // Enter without choosing a suggestion searches what was typed.
    await box.press('Enter');

    await expect(page).toHaveURL(/\/suche\?q=Integartion$/);
    await expect(resultCount(page)).toHaveText(/^\d+ Treffer für „Integartion“/);
    await expect(hits(page).getByRole('listitem').first()).toBeVisible();
    const corrected = page.getByRole('link', { name: /^„integration“$/i });
    await expect(corrected.locator('xpath=..')).toHaveText(/^Meinten Sie „integration“\?$/i);
    await expectNoAccessibilityViolations(page);

    await corrected.click();
    await expect(page).toHaveURL(/\/suche\?q=integration$/i);
    await expect(resultCount(page)).toHaveText(/^\d+ Treffer für „integration“/i);
    await expect(page.getByRole('heading', { level: 2, name: 'Ergebnisse' })).toBeFocused();
  });

  test('helps when nothing matches, and a page beyond the end links back to the first', async ({ page }) => {
    await page.goto('/suche?q=Qwzxqwzx&kinds=practice');
    await expect(resultCount(page)).toHaveText('Keine Treffer für „Qwzxqwzx“');
    await expect(page.getByRole('heading', { level: 3, name: 'Tipps für Ihre Suche' })).toBeVisible();
    const results = page.getByRole('region', { name: 'Ergebnisse' });
    await expect(results.getByRole('link', { name: 'Alle Praxisbeispiele' })).toHaveAttribute('href', '/praxisbeispiele');
    await expectNoAccessibilityViolations(page);
    await results.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await expect(page).toHaveURL(/\/suche\?q=Qwzxqwzx$/);

    await page.goto('/suche?q=Sprachcafe&page=40');
    await expect(page.getByText('Auf dieser Seite gibt es keine Treffer mehr.')).toBeVisible();
    await page.getByRole('link', { name: 'Zur ersten Seite' }).click();
    await expect(page).toHaveURL(/\/suche\?q=Sprachcafe$/);
    await expect(hits(page).getByRole('listitem').first()).toBeVisible();
  });

  test('browses the newest content without a query, page by page, with special characters harmless', async ({ page }) => {
    await page.goto('/suche');
    await expect(resultCount(page)).toHaveText(/^\d+ Einträge, die neuesten zuerst – Seite 1 von \d+$/);
    const pages = page.getByRole('navigation', { name: 'Seiten der Suchergebnisse' });
    await expect(pages.getByRole('link', { name: 'Seite 1' })).toHaveAttribute('aria-current', 'page');
    await pages.getByRole('link', { name: 'Nächste Seite' }).click();
    await expect(page).toHaveURL(/\/suche\?page=2$/);
    await expect(resultCount(page)).toHaveText(/Seite 2 von \d+$/);
    await expect(pages.getByRole('link', { name: 'Seite 2' })).toHaveAttribute('aria-current', 'page');
    await expectNoAccessibilityViolations(page);

    await page.goto(`/suche?q=${encodeURIComponent('"Sprachcafé -Netzwerk* \\ :( 🙂 \'; DROP TABLE practice;--')}`);
    await expect(resultCount(page)).toHaveText(/Treffer für/);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('works on a small screen: the box in the header, the filters behind a button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/suche?q=Sprachcafe');
    await expect(headerBox(page)).toBeVisible();
    await expect(resultCount(page)).toHaveText(/Treffer für/);

    const toggle = page.getByRole('button', { name: 'Filter anzeigen' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('group', { name: 'Art des Inhalts' })).toBeHidden();
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Filter ausblenden' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('group', { name: 'Art des Inhalts' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const box = headerBox(page);
    await box.click();
    await box.pressSequentially('Sprachcafe', { delay: 60 });
    await expect(page.getByRole('listbox', { name: 'Vorschläge' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
