import { expect, type Page, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './a11y.js';
import { samplePdf } from './files.js';
import { createPracticePeople, type Person } from './people.js';

async function signIn(page: Page, person: Person) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(person.email);
  await page.getByLabel('Passwort').fill(person.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: person.displayName })).toBeVisible();
}

/** A date some days back (YYYY-MM-DD): figures and adoptions must not lie in the future. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The journey of one practice, in the order it happens; each test is one person in a browser of
 * their own (the guest is not signed in). Serial: each step needs the one before.
 */
test.describe('a practice from draft to adoption', () => {
  test.describe.configure({ mode: 'serial' });
  const title = `Sprachpatenschaften im Stadtteil ${Date.now().toString(36)}`;
  let people: Awaited<ReturnType<typeof createPracticePeople>>;
  let practicePath = '';

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    // The steering group invites two coordinators and a moderator (through the API).
    people = await createPracticePeople();
  });

  test('the coordinator of Freiburg writes it with a figure and a PDF, and submits it; every page passes axe', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, people.coordinatorA);
    await page.getByRole('main').getByRole('link', { name: 'Meine Praxisbeispiele' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Praxisbeispiele' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Neues Praxisbeispiel' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Neues Praxisbeispiel' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel(/^Kommune/).selectOption({ label: 'Freiburg im Breisgau' });
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();

    await expect(page).toHaveURL(/\/praxisbeispiele\/[a-z0-9-]+\/bearbeiten$/);
    practicePath = new URL(page.url()).pathname.replace(/\/bearbeiten$/, '');
    await expect(page.getByRole('heading', { level: 1, name: 'Praxisbeispiel bearbeiten' })).toBeVisible();
    await expect(page.getByText(`„${title}“ – Freiburg im Breisgau`)).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const form = page.getByRole('form', { name: 'Angaben zum Praxisbeispiel' });
    await form.getByLabel(/^Kurzbeschreibung/).fill('Ehrenamtliche begleiten neu zugewanderte Familien ein Jahr lang beim Deutschlernen im Alltag.');
    await form.getByRole('group', { name: /^Handlungsfelder/ }).getByRole('checkbox', { name: 'Sprache und Sprachförderung' }).check();
    await form.getByLabel(/^Ausgangslage und Problem/).fill('Viele Familien warteten monatelang auf einen Platz im Integrationskurs.');
    await form.getByLabel(/^Vorgehen/).fill('- Patinnen und Paten gewinnen\n- Tandems bilden\n- monatlich gemeinsam reflektieren');
    await form.getByLabel(/^Ergebnisse/).fill('Die Tandems treffen sich wöchentlich; die Kinder kommen sicherer in der Kita an.');

    await form.getByRole('button', { name: 'Messbares Ergebnis hinzufügen' }).click();
    const outcome = form.getByRole('group', { name: 'Ergebnis 1' });
    await outcome.getByLabel(/^Was wurde gezählt\?/).fill('Teilnehmende');
    await outcome.getByLabel(/^Wert/).fill('48');
    await outcome.getByLabel(/^Einheit/).fill('Personen');
    await outcome.getByLabel(/^Stand/).fill(daysAgo(60));
    await outcome.getByLabel(/^Quelle/).fill('Anmeldelisten');

    await form.getByLabel(/^Übertragbarkeit/).fill('Gelingt überall, wo eine Koordinationsstelle die Tandems begleitet.');
    const self = form.getByRole('checkbox', { name: /^Ich bin selbst Ansprechperson/ });
    if (await self.isChecked()) await self.uncheck();
    await form.getByLabel(/^Name der Ansprechperson/).fill('Erika Muster');
    await form.getByLabel(/^E-Mail-Adresse der Ansprechperson/).fill('erika.muster@example.org');
    await form.getByRole('checkbox', { name: /^Die Person ist einverstanden/ }).check();
    await expect(page.getByRole('status').filter({ hasText: /^Entwurf gespeichert um/ })).toBeVisible();

    const attachments = page.getByRole('region', { name: 'Anhänge' });
    const upload = attachments.getByRole('form', { name: 'Datei hochladen' });
    await upload.getByLabel(/^Datei/).setInputFiles({ name: 'konzept.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await upload.getByRole('button', { name: 'Hochladen' }).click();
    await expect(upload.getByRole('status').filter({ hasText: '„konzept.pdf“ wurde hochgeladen.' })).toBeVisible();
    await expect(attachments.getByRole('listitem').getByRole('link', { name: 'konzept.pdf' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await expect(page).toHaveURL(/\/praxisbeispiele\/meine$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Praxisbeispiele' })).toBeVisible();
    await expect(page.getByText('Ihr Praxisbeispiel ist eingereicht.', { exact: false })).toBeVisible();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await expect(row.getByRole('cell', { name: 'In Prüfung' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a moderator publishes it from the review queue', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, people.moderator);
    await page.getByRole('link', { name: 'Verwaltung' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Prüfung von Praxisbeispielen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prüfung von Praxisbeispielen' })).toBeVisible();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(item).toContainText('Freiburg im Breisgau');
    await expectNoAccessibilityViolations(page);

    await item.getByRole('button', { name: `Veröffentlichen: ${title}` }).click();
    const confirm = item.getByRole('group', { name: `„${title}“ veröffentlichen?` });
    await expect(confirm).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await confirm.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `„${title}“ ist veröffentlicht.` })).toBeVisible();
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test('a guest finds it, reads the figure, downloads the PDF, prints it, sees its versions and compares it', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Praxisbeispiele', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Praxisbeispiele' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ Praxisbeispiele gefunden/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Suche in Titel und Kurzbeschreibung').fill(title);
    await page.getByRole('search').getByRole('button', { name: 'Suchen' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 Praxisbeispiel gefunden' })).toBeVisible();
    const results = page.getByRole('list', { name: 'Ergebnisse', exact: true });
    const card = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(card).toContainText('Freiburg im Breisgau');
    await expect(card).toContainText('Mit Kennzahlen');
    await expectNoAccessibilityViolations(page);

    await card.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`${practicePath}$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const figures = page.getByRole('table', { name: 'Kennzahlen mit Stand und Quelle' });
    const figure = figures.getByRole('row', { name: /Teilnehmende/ });
    await expect(figure.getByRole('cell', { name: '48', exact: true })).toBeVisible();
    await expect(figure.getByRole('cell', { name: 'Personen', exact: true })).toBeVisible();
    await expect(figure.getByRole('cell', { name: 'Anmeldelisten' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'erika.muster@example.org' })).toBeVisible();
    const attachment = page.getByRole('region', { name: 'Anhänge' }).getByRole('link', { name: 'konzept.pdf' });
    await expect(attachment).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const href = await attachment.getAttribute('href');
    expect(href).toBeTruthy();
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.getByRole('link', { name: 'Drucken / PDF' }).click();
    await expect(page).toHaveURL(new RegExp(`${practicePath}/drucken$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Zurück zum Praxisbeispiel' }).click();
    await page.getByRole('link', { name: '1 veröffentlichte Version ansehen' }).click();
    await expect(page).toHaveURL(new RegExp(`${practicePath}/versionen$`));
    await expect(page.getByRole('heading', { level: 1, name: `Versionen: ${title}` })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Version 1', exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Compare: this practice (found by search) and a demo practice from the full list.
    await page.goto('/praxisbeispiele');
    await page.getByLabel('Suche in Titel und Kurzbeschreibung').fill(title);
    await page.getByRole('search').getByRole('button', { name: 'Suchen' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 Praxisbeispiel gefunden' })).toBeVisible();
    // Clicked, not check(): the box follows the URL, which the router updates a moment later.
    const ours = page.getByRole('checkbox', { name: `Zum Vergleich auswählen (${title})` });
    await ours.click();
    await expect(ours).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: '1 von 4 zum Vergleich ausgewählt.' })).toBeVisible();
    await page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /\d+ Praxisbeispiele gefunden/ })).toBeVisible();
    const demo = results.getByRole('listitem').filter({ hasText: 'Beispielinhalt zur Vorführung' }).first();
    const demoTitle = (await demo.getByRole('heading').textContent())!.trim();
    const theirs = demo.getByRole('checkbox', { name: /^Zum Vergleich auswählen/ });
    await theirs.click();
    await expect(theirs).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: '2 von 4 zum Vergleich ausgewählt.' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'Vergleichen (2)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Praxisbeispiele vergleichen' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Vergleich von 2 Praxisbeispielen' });
    await expect(table.getByRole('columnheader', { name: title })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: demoTitle })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('the coordinator of Giengen records an adoption, and both municipality pages show the practice', async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, people.coordinatorB);
    await page.goto(`/praxisbeispiele?q=${encodeURIComponent(title)}`);
    await page.getByRole('list', { name: 'Ergebnisse', exact: true }).getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Bisher hat keine andere Kommune dieses Praxisbeispiel als übernommen eingetragen.')).toBeVisible();

    await page.getByRole('button', { name: 'Übernahme eintragen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Übernahme eintragen' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(/^Übernehmende Kommune/)).toHaveValue('giengen');
    await expectNoAccessibilityViolations(page);

    await dialog.getByRole('radio', { name: 'Angepasst übernommen' }).check();
    await dialog.getByLabel(/^Datum der Übernahme/).fill(daysAgo(200));
    await dialog.getByLabel(/^Was haben Sie verändert\?/).fill('Wir bilden die Tandems über die Familienzentren statt über die Volkshochschule.');
    await dialog.getByRole('button', { name: 'Kennzahl hinzufügen' }).click();
    const figure = dialog.getByRole('group', { name: 'Kennzahl 1' });
    await expect(figure.getByLabel(/^Bezeichnung/)).toBeFocused();
    await figure.getByLabel(/^Bezeichnung/).fill('Tandems');
    await figure.getByLabel(/^Wert/).fill('12');
    await figure.getByLabel(/^Einheit/).fill('Tandems');
    await figure.getByLabel(/^Stand/).fill(daysAgo(30));
    await figure.getByLabel(/^Quelle/).fill('Eigene Zählung');
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Übernahme eintragen' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByText('Die Übernahme durch Giengen an der Brenz ist eingetragen.')).toBeVisible();
    const adoption = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Giengen an der Brenz' }) });
    await expect(adoption).toContainText('Angepasst übernommen');
    await expect(adoption).toContainText('Familienzentren');
    await expect(adoption.getByRole('table', { name: 'Kennzahlen von Giengen an der Brenz' }).getByRole('row', { name: /Tandems/ })).toContainText('12');
    await expectNoAccessibilityViolations(page);

    await page.goto('/kommunen/giengen');
    await expect(page.getByRole('heading', { level: 1, name: 'Giengen an der Brenz' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })).toContainText('Angepasst übernommen');
    await expectNoAccessibilityViolations(page);

    await page.goto('/kommunen/freiburg');
    await expect(page.getByRole('heading', { level: 1, name: 'Freiburg im Breisgau' })).toBeVisible();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
