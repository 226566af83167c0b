import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './a11y.js';

test.describe('finding a municipality', () => {
  test('from the home page to the district of Lörrach, filtered by region', async ({ page, baseURL }) => {
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Praxisforum: Integration gemeinsam gestalten' })).toBeVisible();
    await expect(page.getByText('23 Kommunen')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kommunen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kommunen' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '23 Kommunen gefunden' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Regierungsbezirk').selectOption({ label: 'Regierungsbezirk Freiburg' });
    await expect(page.getByRole('status').filter({ hasText: '7 Kommunen gefunden' })).toBeVisible();
    await expect(page).toHaveURL(/region=freiburg/);
    const list = page.getByRole('main');
    await expect(list.getByRole('link', { name: 'Freiburg im Breisgau' }).first()).toBeVisible();
    await expect(list.getByRole('link', { name: 'Pforzheim' })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    await list.getByRole('link', { name: 'Landkreis Lörrach' }).first().click();
    await expect(page).toHaveURL(/\/kommunen\/landkreis-loerrach$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Landkreis Lörrach' })).toBeVisible();
    await expect(page).toHaveTitle(/Landkreis Lörrach/);
    const profile = page.getByRole('main');
    await expect(profile.getByText('Regierungsbezirk Freiburg')).toBeVisible();
    await expect(profile.getByText('Lörrach', { exact: true })).toBeVisible();
    await expect(profile.getByText(/Integration durch Bürgerschaftliches Engagement und Zivilgesellschaft/)).toBeVisible();
    await expectNoAccessibilityViolations(page);

    expect(foreignRequests, 'the site must not fetch anything from other origins').toEqual([]);
  });

  test('a shared filter link opens the filtered list, and an unknown place shows a helpful page', async ({ page }) => {
    await page.goto('/kommunen?region=tuebingen&kind=district');
    await expect(page.getByLabel('Regierungsbezirk')).toHaveValue('tuebingen');
    await expect(page.getByRole('main').getByRole('link', { name: 'Zollernalbkreis' }).first()).toBeVisible();

    await page.goto('/kommunen/atlantis');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/nicht gefunden/i);
    await expect(page.getByRole('link', { name: /Liste der Kommunen|Kommunen/ }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('the shell', () => {
  test('keyboard users can skip to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('switches to English and back, and the page language follows', async ({ page }) => {
    await page.goto('/kommunen');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAccessibilityViolations(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeVisible();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  });

  for (const [link, heading] of [
    ['Impressum', 'Impressum'],
    ['Datenschutz', 'Datenschutzerklärung'],
    ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['Leichte Sprache', 'Leichte Sprache'],
  ]) {
    test(`the footer links the page "${link}"`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });
  }
});

test.describe('reporting a barrier', () => {
  test('explains a too short message next to the field, then confirms a stored report', async ({ page }) => {
    await page.goto('/barrierefreiheit');
    const message = page.getByLabel(/Ihre Nachricht/);
    await message.fill('zu kurz');
    await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/mindestens 10 Zeichen/i).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await message.fill('Die Punkte der Karte sind für mich zu klein.');
    await page.getByLabel(/E-Mail-Adresse/).fill('erika@example.org');
    await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Vielen Dank' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
