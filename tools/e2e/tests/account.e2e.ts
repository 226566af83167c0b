import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './a11y.js';
import { linkFrom, waitForMail } from './mailbox.js';

test.describe('an account of one’s own', () => {
  test('register, confirm from the real mail, sign in, download my data and sign out', async ({ page }) => {
    const email = `e2e-${Date.now()}@example.org`;
    const password = 'Unser Sprachcafé trifft sich dienstags';

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Registrieren' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrieren' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Anzeigename').fill('Amina aus Giengen');
    await page.getByLabel('Passwort', { exact: false }).first().fill('kurz');
    await page.getByLabel(/Datenschutzerklärung gelesen/).check();
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    // Too short: the error stands next to the field and the field is marked invalid.
    const passwordField = page.getByLabel('Passwort', { exact: false }).first();
    await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
    await expectNoAccessibilityViolations(page);

    await passwordField.fill(password);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Wir haben Ihnen eine E-Mail' })).toBeVisible();

    const mail = await waitForMail(email, (m) => m.subject.includes('bestätigen'));
    await page.goto(linkFrom(mail, '/bestaetigen'));
    await expect(page.getByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Zur Anmeldung' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Amina aus Giengen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Angemeldete Geräte' }).click();
    await expect(page.getByText('Diese Sitzung')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Meine Daten' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Daten' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^praxisforum-meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as { profile: { email: string; display_name: string }; consents: unknown[] };
    expect(data.profile).toMatchObject({ email, display_name: 'Amina aus Giengen' });
    expect(data.consents).toHaveLength(1);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await expect(page.getByText('Sie haben sich abgemeldet.')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Anmelden' })).toBeVisible();
  });

  test('a wrong password is answered without telling whether the account exists', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill('niemand@example.org');
    await page.getByLabel('Passwort').fill('irgendein langes Passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByText(/E-Mail-Adresse oder (das )?Passwort/i).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
