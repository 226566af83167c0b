import { expect, type Browser, type BrowserContext, type Locator, type Page, test, type TestInfo } from '@playwright/test';
import { expectNoAccessibilityViolations } from './a11y.js';
import { createDiscussionPeople, type Member, type Person } from './people.js';

/** A browser of this person's own (own cookies, own live connection), signed in. */
async function guestBrowser(browser: Browser, testInfo: TestInfo): Promise<{ context: BrowserContext; page: Page }> {
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId });
  return { context, page: await context.newPage() };
}

async function browserOf(browser: Browser, testInfo: TestInfo, person: Person): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await guestBrowser(browser, testInfo);
  await signIn(opened.page, person);
  return opened;
}

/**
 * Opens a thread page and returns the Content-Encoding of its ThreadPage answer: "gzip" when the
 * API answered a guest from its answer cache (it keeps answers compressed), none when it computed it.
 */
async function openThreadPage(page: Page, path: string): Promise<string | undefined> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postDataJSON() as { operationName?: string }).operationName === 'ThreadPage');
  await page.goto(path);
  return (await (await answered).allHeaders())['content-encoding'];
}

async function signIn(page: Page, person: Person) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(person.email);
  await page.getByLabel('Passwort').fill(person.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: person.displayName })).toBeVisible();
}

/**
 * Resolves once the page has sent the graphql-ws "subscribe" for the given field. Call before the
 * navigation that opens the socket: a post made before the subscription exists would (rightly)
 * not be delivered live, and the test would measure the race instead of the feature.
 */
function subscriptionSent(page: Page, field: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${field}" subscription sent`)), 15_000);
    page.on('websocket', (socket) =>
      socket.on('framesent', (frame) => {
        const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8');
        if (text.includes('"subscribe"') && text.includes(field)) {
          clearTimeout(timer);
          resolve();
        }
      }),
    );
  });
}

/** A post on the thread page: an article named by its author's heading ("Name – Beitrag 2"). */
const postOf = (page: Page, author: Person, number: number): Locator =>
  page.getByRole('article', { name: `${author.displayName} – Beitrag ${number}`, exact: true });

const replyField = (page: Page) => page.getByRole('textbox', { name: /^Ihre Antwort/ });

/**
 * Two members talk in a topic space, each in a browser of their own; a moderator and the
 * administrator join in their own browsers. Serial: each step builds on the one before, and the
 * asker's thread page stays open across steps (that is where live posts must arrive).
 */
test.describe('a question in a topic space, answered live, moderated and resolved', () => {
  test.describe.configure({ mode: 'serial' });
  const tag = Date.now().toString(36);
  const title = `Wie halten Sie Ehrenamtliche im Sprachcafé? ${tag}`;
  const question = 'Unser Sprachcafé verliert nach dem Sommer viele **Ehrenamtliche**. Was hilft Ihnen, Menschen dauerhaft zu halten?';
  const answer = 'Bei uns hilft ein festes Austauschtreffen einmal im Quartal, mit Essen und kurzer Fortbildung.';
  const offTopic = 'Übrigens verkaufe ich gebrauchte Fahrräder, bei Interesse einfach melden, gern auch mehrere auf einmal!';
  const hideReason = 'Werbung für private Verkäufe gehört nicht in die Diskussion.';
  let people: Awaited<ReturnType<typeof createDiscussionPeople>>;
  let asker: { context: BrowserContext; page: Page };
  let answerer: { context: BrowserContext; page: Page };
  let threadPath = '';

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(90_000);
    people = await createDiscussionPeople();
    asker = await browserOf(browser, testInfo, people.asker);
    answerer = await browserOf(browser, testInfo, people.answerer);
  });

  test.afterAll(async () => {
    await asker?.context.close();
    await answerer?.context.close();
  });

  test('the asker starts a question in the topic "Sprache und Sprachförderung" with the composer and its preview; every page passes axe', async () => {
    test.setTimeout(90_000);
    const page = asker.page;
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Diskussionen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Diskussionen' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ Diskussion(en)?/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto('/themen/sprache');
    await expect(page.getByRole('heading', { level: 1, name: 'Diskussionen: Sprache und Sprachförderung' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole('link', { name: 'Neue Frage oder Diskussion' }).click();
    await expect(page).toHaveURL(/\/diskussionen\/neu\?space=topic(:|%3A)/);
    await expect(page.getByRole('heading', { level: 1, name: 'Neue Frage oder Diskussion' })).toBeVisible();
    // The topic is preselected from the link.
    await expect(page.getByLabel(/^Bereich/).locator('option:checked')).toHaveText('Sprache und Sprachförderung');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('radio', { name: 'Frage' }).check();
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await page.getByRole('textbox', { name: /^Schlagwörter/ }).fill('Ehrenamt, Sprachcafé');
    const body = page.getByRole('textbox', { name: /^Text/ });
    await body.fill(question);
    await expect(page.getByText(new RegExp(`^${question.length} von [\\d.]+ Zeichen$`))).toBeVisible();

    // The preview renders the Markdown as the thread will show it.
    const tabs = page.getByRole('tablist', { name: 'Text: Schreiben oder Vorschau' });
    await tabs.getByRole('tab', { name: 'Vorschau' }).click();
    await expect(tabs.getByRole('tab', { name: 'Vorschau' })).toHaveAttribute('aria-selected', 'true');
    const preview = page.getByRole('tabpanel', { name: 'Vorschau' });
    await expect(preview.locator('strong')).toHaveText('Ehrenamtliche');
    await expect(body).toBeHidden();
    await expectNoAccessibilityViolations(page);
    // Back with the keyboard: arrow keys move between the tabs.
    await tabs.getByRole('tab', { name: 'Vorschau' }).press('ArrowLeft');
    await expect(tabs.getByRole('tab', { name: 'Schreiben' })).toBeFocused();
    await expect(body).toHaveValue(question);

    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(page).toHaveURL(/\/diskussionen\/[0-9a-f-]{36}$/);
    threadPath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(postOf(page, people.asker, 1)).toContainText('Was hilft Ihnen, Menschen dauerhaft zu halten?');
    await expect(page.getByRole('list', { name: 'Schlagwörter' }).getByRole('listitem')).toHaveText(['ehrenamt', 'sprachcafé']); // stored in lower case
    await expectNoAccessibilityViolations(page);

    await page.goto('/themen/sprache');
    await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
  });

  test('the answerer replies mentioning the asker via the @-autocomplete; the asker sees it arrive live, announced, focus kept', async () => {
    test.setTimeout(90_000);
    // The asker has the thread open and is writing a reply of their own.
    const subscribed = subscriptionSent(asker.page, 'threadActivity');
    await asker.page.goto(threadPath);
    await expect(asker.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await subscribed;
    const draft = 'Danke schon einmal, ich';
    await replyField(asker.page).click();
    await replyField(asker.page).pressSequentially(draft);

    const page = answerer.page;
    await page.goto(threadPath);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const reply = replyField(page);
    await reply.click();
    await reply.pressSequentially('Hallo @');
    // The first letters of the asker's name; the list offers matching people.
    await reply.pressSequentially(people.asker.displayName.slice(0, 5));
    const suggestions = page.getByRole('listbox', { name: 'Personen zum Erwähnen' });
    const option = suggestions.getByRole('option', { name: people.asker.displayName, exact: true });
    await expect(option).toBeVisible();
    await expect(reply).toHaveAttribute('aria-controls', (await suggestions.getAttribute('id'))!);
    await expectNoAccessibilityViolations(page);
    // Keyboard only: arrow down to the asker (earlier runs on the same database may add namesakes), Enter takes it.
    for (let i = 0; i < 8 && (await option.getAttribute('aria-selected')) !== 'true'; i++) await reply.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(reply).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await reply.press('Enter');
    await expect(suggestions).toBeHidden();
    await expect(reply).toHaveValue(`Hallo @[${people.asker.displayName}](${people.asker.id}) `);
    await expect(reply).toBeFocused();
    await reply.pressSequentially(answer);

    await page.getByRole('tablist', { name: 'Ihre Antwort: Schreiben oder Vorschau' }).getByRole('tab', { name: 'Vorschau' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Vorschau' })).toContainText(`@${people.asker.displayName}`);
    await expectNoAccessibilityViolations(page);
    await page.getByRole('tab', { name: 'Schreiben' }).click();
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ihre Antwort ist veröffentlicht.' })).toBeVisible();
    await expect(postOf(page, people.answerer, 2)).toContainText(answer);
    await expect(reply).toHaveValue('');

    // The asker: the post appears without reload, the live region names it, and the asker's
    // caret and draft stay where they were.
    const arrived = postOf(asker.page, people.answerer, 2);
    await expect(arrived).toContainText(answer);
    await expect(arrived.locator('.mention')).toHaveText(`@${people.asker.displayName}`);
    await expect(asker.page.getByRole('status').filter({ hasText: `Neuer Beitrag von ${people.answerer.displayName}` })).toHaveCount(1);
    await expect(replyField(asker.page)).toBeFocused();
    await expect(replyField(asker.page)).toHaveValue(draft);
    await expect(asker.page.getByRole('heading', { level: 2, name: '2 Beiträge' })).toBeVisible();
    await expectNoAccessibilityViolations(asker.page);
  });

  test('the mention rings the asker’s bell (1 unread) and is listed in the notification centre', async () => {
    const page = asker.page;
    // The count arrives over the notificationCount subscription, still without reload.
    const bell = page.getByRole('link', { name: 'Benachrichtigungen, 1 ungelesen' });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
    await expect(page.getByText('1 ungelesene Benachrichtigung.')).toBeVisible();
    const mention = page.getByRole('link', { name: `${people.answerer.displayName} hat Sie in „${title}“ erwähnt` });
    await expect(mention).toBeVisible();
    await expect(page.getByRole('listitem').filter({ has: mention })).toContainText('neu');
    await expectNoAccessibilityViolations(page);

    await mention.click();
    await expect(page).toHaveURL(new RegExp(`${threadPath}(#.*)?$`));
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Benachrichtigungen, keine ungelesen' })).toBeVisible();
  });

  test('the asker flags an off-topic post; a moderator hides it from the queue; its author sees the reason, the asker a placeholder', async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    // The off-topic post, live on the asker's open page as well.
    const subscribed = subscriptionSent(asker.page, 'threadActivity');
    await asker.page.goto(threadPath);
    await subscribed;
    await replyField(answerer.page).fill(offTopic);
    await answerer.page.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(postOf(answerer.page, people.answerer, 3)).toContainText(offTopic);

    const page = asker.page;
    const post = postOf(page, people.answerer, 3);
    await expect(post).toContainText(offTopic);

    // A guest reads along: computed once, then answered from memory (the web app's own request).
    const guest = await guestBrowser(browser, testInfo);
    expect(await openThreadPage(guest.page, threadPath)).toBeUndefined();
    await expect(postOf(guest.page, people.answerer, 3)).toContainText(offTopic);
    expect(await openThreadPage(guest.page, threadPath), 'a guest’s second view comes from the answer cache').toBe('gzip');
    await expect(postOf(guest.page, people.answerer, 3)).toContainText(offTopic);

    await post.getByRole('button', { name: 'Melden' }).click();
    const dialog = page.getByRole('dialog', { name: `Melden: Beitrag von ${people.answerer.displayName}` });
    await expect(dialog).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('radio', { name: 'Werbung oder Spam' }).check();
    await dialog.getByRole('textbox', { name: /^Hinweis an die Moderation/ }).fill('Verkauf von Fahrrädern, nicht zum Thema.');
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Danke für Ihre Meldung. Die Moderation sieht sich das an.' })).toBeVisible();

    const moderation = await browserOf(browser, testInfo, people.moderator);
    try {
      const mod = moderation.page;
      await mod.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Verwaltung' }).click();
      await mod.getByRole('main').getByRole('link', { name: 'Moderation' }).click();
      await expect(mod.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
      const subject = `Beitrag 3 in „${title}“`;
      const item = mod.getByRole('listitem').filter({ has: mod.getByRole('heading', { level: 2, name: subject }) });
      await expect(item).toContainText('Gemeldet');
      await expect(item).toContainText('1 Meldung: Werbung oder Spam');
      await expect(item).toContainText('Verkauf von Fahrrädern, nicht zum Thema.');
      await expect(item).toContainText(people.answerer.displayName);
      await expect(item).toContainText(offTopic);
      await expectNoAccessibilityViolations(mod);

      await item.getByRole('button', { name: `Ausblenden: ${subject}` }).click();
      const form = item.getByRole('form', { name: `Ausblenden: ${subject}` });
      await expect(form.getByRole('heading', { name: `Ausblenden: ${subject}` })).toBeFocused();
      await expectNoAccessibilityViolations(mod);
      await form.getByRole('textbox', { name: /^Begründung/ }).fill(hideReason);
      await form.getByRole('button', { name: 'Ausblenden' }).click();
      const done = mod.getByRole('status').filter({ hasText: `Ausgeblendet: ${subject}.` });
      await expect(done).toBeVisible();
      await expect(done).toBeFocused();
      await expect(mod.getByRole('heading', { level: 2, name: subject })).toHaveCount(0);
      await expectNoAccessibilityViolations(mod);
    } finally {
      await moderation.context.close();
    }

    // Its author still reads their own text, with the notice that others do not, and why.
    await answerer.page.reload();
    const own = postOf(answerer.page, people.answerer, 3);
    await expect(own).toContainText(`Von der Moderation ausgeblendet; andere sehen nur einen Hinweis. Begründung: ${hideReason}`);
    await expect(own).toContainText(offTopic);
    await expectNoAccessibilityViolations(answerer.page);

    await page.reload();
    // Everyone else only that the moderation hid it.
    const hidden = postOf(page, people.answerer, 3);
    await expect(hidden).toContainText('Von der Moderation ausgeblendet.');
    await expect(hidden).not.toContainText('Begründung');
    await expect(hidden).not.toContainText(offTopic);
    await expectNoAccessibilityViolations(page);

    // The guest's cached page went with the hide: computed anew, with the placeholder.
    try {
      expect(await openThreadPage(guest.page, threadPath)).toBeUndefined();
      const guestView = postOf(guest.page, people.answerer, 3);
      await expect(guestView).toContainText('Von der Moderation ausgeblendet.');
      await expect(guestView).not.toContainText(offTopic);
    } finally {
      await guest.context.close();
    }
  });

  test('the asker accepts the reply as the answer and sees it at the top; the list marks the question answered', async () => {
    const page = asker.page;
    await page.goto(threadPath);
    const reply = postOf(page, people.answerer, 2);
    await reply.getByRole('button', { name: 'Als Antwort akzeptieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Antwort ist als akzeptiert markiert.' })).toBeVisible();
    await expect(reply).toContainText('Akzeptierte Antwort');
    await expect(reply.getByRole('button', { name: 'Akzeptierung zurücknehmen' })).toBeVisible();

    const top = page.getByRole('region', { name: 'Akzeptierte Antwort' });
    await expect(top).toContainText(answer);
    await expect(top).toContainText(`Antwort von ${people.answerer.displayName}`);
    await expect(top.getByRole('link', { name: 'Zur Antwort (Beitrag 2)' })).toHaveAttribute('href', '#beitrag-2');
    // "At the top": before the list of posts, right under the thread's header.
    const before = await top.evaluate((section) => {
      const posts = [...document.querySelectorAll('h2')].find((h) => h.textContent === '3 Beiträge');
      return !!posts && !!(section.compareDocumentPosition(posts) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before, 'the accepted answer stands before the posts').toBe(true);
    await expectNoAccessibilityViolations(page);

    await page.reload();
    await expect(page.getByRole('region', { name: 'Akzeptierte Antwort' })).toContainText(answer);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Diskussionen' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title }) });
    await expect(card).toContainText('Beantwortet');
    await expect(card).toContainText('3 Beiträge');
    await expectNoAccessibilityViolations(page);
  });

  test('the administrator finds the hide with its reason in the audit log', async ({ browser }, testInfo) => {
    test.setTimeout(60_000);
    const admin = await browserOf(browser, testInfo, people.admin);
    try {
      const page = admin.page;
      await page.getByRole('navigation', { name: 'Benutzerkonto' }).getByRole('link', { name: 'Verwaltung' }).click();
      await page.getByRole('main').getByRole('link', { name: 'Protokoll' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeVisible();
      const table = page.getByRole('table', { name: 'Protokolleinträge, neueste zuerst' });
      const row = table.getByRole('row').filter({ hasText: hideReason });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('cell', { name: people.moderator.displayName })).toBeVisible();
      await expect(row.getByRole('cell', { name: 'Beitrag ausgeblendet' })).toBeVisible();
      await expectNoAccessibilityViolations(page);

      // The filter takes the action's technical name (exact, or a prefix ending in a dot).
      const filter = page.getByRole('search', { name: 'Protokoll filtern' });
      await filter.getByRole('searchbox', { name: 'Aktion' }).fill('post.hidden');
      await filter.getByRole('button', { name: 'Filtern' }).click();
      await expect(page.getByRole('status').filter({ hasText: /^\d+ (Eintrag|Einträge)$/ })).toBeVisible();
      await expect(table.getByRole('row').filter({ hasText: hideReason })).toHaveCount(1);
      await expect(table.getByRole('cell', { name: 'Diskussion angeheftet' })).toHaveCount(0);
      await expectNoAccessibilityViolations(page);
    } finally {
      await admin.context.close();
    }
  });
});

/** The notification settings and a private message, for two fresh members. */
test.describe('notification settings and private messages', () => {
  test.describe.configure({ mode: 'serial' });
  let people: Awaited<ReturnType<typeof createDiscussionPeople>>;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    people = await createDiscussionPeople();
  });

  test('a member follows a thread, then chooses weekly e-mails and mutes it on the settings page; axe clean', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, people.asker);
    await page.goto('/diskussionen');
    const first = page.getByRole('list').getByRole('heading', { level: 2 }).first().getByRole('link');
    const threadTitle = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: threadTitle })).toBeVisible();
    await page.getByLabel('Benachrichtigungen zu dieser Diskussion').selectOption({ label: 'Beobachten: bei jedem neuen Beitrag' });
    await expect(page.getByRole('status').filter({ hasText: 'Sie beobachten diese Diskussion.' })).toBeVisible();

    await page.goto('/konto');
    await page.getByRole('navigation', { name: 'Kontobereiche' }).getByRole('link', { name: 'Benachrichtigungen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen einstellen' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const frequency = page.getByRole('group', { name: 'Wie oft möchten Sie E-Mails erhalten?' });
    // A daily digest is the default: nobody is flooded before they choose.
    await expect(frequency.getByRole('radio', { name: 'Täglich als Zusammenfassung' })).toBeChecked();
    await frequency.getByRole('radio', { name: 'Wöchentlich als Zusammenfassung' }).check();
    await page.getByRole('button', { name: 'Einstellung speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ihre Einstellung ist gespeichert.' })).toBeVisible();

    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: threadTitle }) });
    await expect(row.getByRole('cell', { name: 'Diskussion', exact: true })).toBeVisible();
    const level = row.getByLabel(`Stufe für „${threadTitle}“`);
    await expect(level).toHaveValue('WATCHING');
    await level.selectOption({ label: 'Stumm' });
    await expect(page.getByRole('status').filter({ hasText: `Die Stufe für „${threadTitle}“ ist geändert.` })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.reload();
    await expect(page.getByRole('radio', { name: 'Wöchentlich als Zusammenfassung' })).toBeChecked();
    await expect(page.getByLabel(`Stufe für „${threadTitle}“`)).toHaveValue('MUTED');
    await page.getByRole('button', { name: `„${threadTitle}“ nicht mehr folgen` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Sie folgen „${threadTitle}“ nicht mehr.` })).toBeVisible();
    await expect(page.getByText('Sie folgen noch nichts.')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a member who allows contact receives a private message, sees it in the messages list and answers; axe clean', async ({ page, browser }, testInfo) => {
    test.setTimeout(90_000);
    const recipient: Member = people.asker;
    // The recipient allows contact in their profile (off by default).
    await signIn(page, recipient);
    const allow = page.getByRole('checkbox', { name: /^Andere angemeldete Personen dürfen mir Nachrichten schicken/ });
    await allow.check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await expect(page.getByText('Ihr Profil ist gespeichert.')).toBeVisible();
    await page.getByRole('link', { name: 'Nachrichten', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nachrichten' })).toBeVisible();
    await expect(page.getByText('Sie haben noch keine Nachrichten.')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The web has no profile page that links to the message form yet (only practices link their
    // contact person), so the sender opens the form's address for a person directly.
    const sender = await browserOf(browser, testInfo, people.answerer);
    const subject = `Austausch zum Sprachcafé ${Date.now().toString(36)}`;
    try {
      const s = sender.page;
      await s.goto(`/nachrichten/neu?an=${recipient.id}`);
      await expect(s.getByRole('heading', { level: 1, name: 'Neue Nachricht' })).toBeVisible();
      await expectNoAccessibilityViolations(s);
      await s.getByRole('textbox', { name: /^Betreff/ }).fill(subject);
      await s.getByRole('textbox', { name: /^Nachricht/ }).fill('Hallo, dürfen wir Ihr Konzept für das Sprachcafé übernehmen?');
      await s.getByRole('button', { name: 'Nachricht senden' }).click();
      await expect(s).toHaveURL(/\/nachrichten\/[0-9a-f-]{36}$/);
      await expect(s.getByRole('heading', { level: 1, name: subject })).toBeVisible();
      await expect(s.getByRole('main')).toContainText('dürfen wir Ihr Konzept');
      await expectNoAccessibilityViolations(s);

      // The recipient: the header link counts it, the list marks it unread.
      await expect(page.getByRole('link', { name: 'Nachrichten, 1 ungelesen' })).toBeVisible({ timeout: 15_000 });
      await page.reload();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: subject }) });
      await expect(card).toContainText('ungelesen');
      await expect(card).toContainText(people.answerer.displayName);
      await expectNoAccessibilityViolations(page);
      await card.getByRole('link', { name: subject }).click();
      await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
      await expect(page.getByRole('main')).toContainText('dürfen wir Ihr Konzept');
      await expect(page.getByRole('link', { name: 'Nachrichten', exact: true })).toBeVisible();
      await page.getByRole('textbox', { name: /^Ihre Nachricht/ }).fill('Sehr gern, ich schicke Ihnen unsere Unterlagen.');
      await page.getByRole('button', { name: 'Nachricht senden' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Ihre Nachricht ist gesendet.' })).toBeVisible();
      await expectNoAccessibilityViolations(page);

      await s.reload();
      await expect(s.getByRole('main')).toContainText('ich schicke Ihnen unsere Unterlagen');
    } finally {
      await sender.context.close();
    }
  });
});
