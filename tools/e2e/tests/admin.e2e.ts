import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './a11y.js';
import { linkFrom, waitForMail } from './mailbox.js';

const ADMIN = 'admin-e2e@example.org';
const ADMIN_PASSWORD = 'Die Steuerungsgruppe tagt im Mai';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
}

test.describe('administration', () => {
  test('the first admin sets a password from the mail, invites a coordinator who joins, and every admin page passes axe', async ({ page, browser }) => {
    test.setTimeout(120_000);
    // ADMIN_EMAIL created the administrator at start and mailed a link to set the password.
    const setup = await waitForMail(ADMIN, (m) => m.subject.includes('Administrationszugang'));
    await page.goto(linkFrom(setup, '/passwort-neu'));
    await page.getByLabel(/^Neues Passwort \(/).fill(ADMIN_PASSWORD);
    await page.getByLabel('Neues Passwort wiederholen').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.getByText('Ihr neues Passwort ist gespeichert.')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await signIn(page, ADMIN, ADMIN_PASSWORD);
    await page.getByRole('link', { name: 'Verwaltung' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    for (const [link, heading] of [
      ['Rückmeldungen', 'Rückmeldungen'],
      ['Benutzer', 'Benutzer'],
      ['Einladungen', 'Einladungen'],
    ]) {
      await page.goto('/verwaltung');
      await page.getByRole('main').getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    }

    const coordinator = `koordination-${Date.now()}@example.org`;
    await page.getByLabel(/^Kommune/).selectOption({ label: 'Giengen an der Brenz' });
    await page.getByLabel('E-Mail-Adresse').fill(coordinator);
    await page.getByLabel(/^Rolle/).selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Die Einladung an ${coordinator}` })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The invited person, in a browser of their own.
    const context = await browser.newContext({ locale: 'de-DE' });
    const invited = await context.newPage();
    const invitation = await waitForMail(coordinator);
    await invited.goto(linkFrom(invitation, '/einladung'));
    await expect(invited.getByText(/Giengen an der Brenz/).first()).toBeVisible();
    await expectNoAccessibilityViolations(invited);
    await invited.getByLabel('Anzeigename').fill('Koordination Giengen');
    await invited.getByLabel('Passwort', { exact: false }).first().fill('Integrationslotsen an der Brenz');
    await invited.getByRole('button', { name: 'Konto anlegen und annehmen' }).click();
    await expect(invited.getByText(/Willkommen! Sie wirken jetzt bei Giengen an der Brenz mit/)).toBeVisible();
    await expect(invited.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Koordination Giengen' })).toBeVisible();
    await context.close();

    await page.reload();
    await page.getByLabel(/^Kommune/).selectOption({ label: 'Giengen an der Brenz' });
    await expect(page.getByRole('row').filter({ hasText: coordinator })).toContainText(/angenommen/i);

    await page.goto('/verwaltung/benutzer');
    await page.getByLabel('Name oder E-Mail-Adresse').fill('koordination');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page.getByText('Koordination Giengen').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
