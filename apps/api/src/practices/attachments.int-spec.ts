import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { samplePdf, samplePng, sampleDocx } from '../../test/fixtures/files.js';
import { buildMunicipality } from '../../test/factories/municipality.factory.js';
import { buildPractice } from '../../test/factories/practice.factory.js';
import { buildUser, signedIn } from '../../test/factories/user.factory.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

type Client = ReturnType<TestApp['client']>;

describe('practice attachments', () => {
  let t: TestApp;
  let municipalityId: string;
  let coordinator: Client;
  let otherCoordinator: Client;

  beforeAll(async () => {
    t = await startTestApp();
    municipalityId = (await buildMunicipality(t.dataSource)).id;
    const other = await buildMunicipality(t.dataSource);
    coordinator = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId, role: 'coordinator' }] }));
    otherCoordinator = await signedIn(t, await buildUser(t.dataSource, { memberships: [{ municipalityId: other.id, role: 'coordinator' }] }));
  });
  afterAll(() => t.close());

  const storedFiles = () => {
    try {
      return readdirSync(join(t.storageDir, 'attachments'));
    } catch {
      return [];
    }
  };

  function upload(client: Client, practiceId: string, content: Buffer, fileName: string, altText?: string, headers: Record<string, string> = { 'x-praxisforum-csrf': '1' }) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    if (altText !== undefined) form.append('altText', altText);
    return client.fetch(`/api/practices/${practiceId}/attachments`, { method: 'POST', body: form, headers });
  }

  it('stores a PDF on a draft, lists it and serves it with safe headers to those who may see the practice', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    const res = await upload(coordinator, practice.id, samplePdf(), 'Konzept Sprachcafé.pdf');
    expect(res.status).toBe(201);
    const attachment = (await res.json()) as { id: string; url: string; mimeType: string; fileName: string };
    expect(attachment).toMatchObject({ mimeType: 'application/pdf', fileName: 'Konzept Sprachcafé.pdf' });

    const listed = await coordinator.gql(`query ($slug: String!) { practice(slug: $slug) { attachments { id fileName sizeBytes } } }`, { slug: practice.slug });
    expect(listed.data?.practice.attachments).toEqual([{ id: attachment.id, fileName: 'Konzept Sprachcafé.pdf', sizeBytes: samplePdf().length }]);

    expect((await t.client().fetch(attachment.url)).status).toBe(404);
    const download = await coordinator.fetch(attachment.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="Konzept Sprachcaf_\.pdf"; filename\*=UTF-8''Konzept%20Sprachcaf%C3%A9\.pdf$/);
    expect(Buffer.from(await download.arrayBuffer()).equals(samplePdf())).toBe(true);

    await t.dataSource.query(`UPDATE practice SET state = 'published', published_at = now() WHERE id = $1`, [practice.id]);
    expect((await t.client().fetch(attachment.url)).status).toBe(200);
  });

  it('checks the type by content: an HTML page named .pdf is refused before anything is stored', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    const before = storedFiles().length;
    const res = await upload(coordinator, practice.id, Buffer.from('<html><script>alert(1)</script></html>'), 'bericht.pdf');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/not accepted/) });
    expect(storedFiles()).toHaveLength(before);
  });

  it('names a DOCX by its detected type, whatever the name says', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    const res = await upload(coordinator, practice.id, sampleDocx(), 'vorlage.txt');
    expect(await res.json()).toMatchObject({ fileName: 'vorlage.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('requires an alternative text for images and shows images inline', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'published' });
    const refused = await upload(coordinator, practice.id, samplePng(), 'plakat.png');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ fields: { altText: ['altText is required for images.'] } });
    const res = await upload(coordinator, practice.id, samplePng(), 'plakat.png', 'Plakat des Sprachcafés');
    const image = (await res.json()) as { url: string; altText: string };
    expect(image.altText).toBe('Plakat des Sprachcafés');
    const download = await t.client().fetch(image.url);
    expect(download.headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('refuses files over 20 MB with a clear message and stores nothing', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    const before = storedFiles().length;
    const big = Buffer.concat([samplePdf(), Buffer.alloc(20 * 1024 * 1024)]);
    const res = await upload(coordinator, practice.id, big, 'gross.pdf');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/larger than 20 MB/);
    expect(storedFiles()).toHaveLength(before);
  });

  it('allows at most 10 attachments per practice', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    for (let i = 0; i < 10; i++) expect((await upload(coordinator, practice.id, samplePdf(), `teil-${i}.pdf`)).status).toBe(201);
    const eleventh = await upload(coordinator, practice.id, samplePdf(), 'teil-11.pdf');
    expect(eleventh.status).toBe(400);
    expect(((await eleventh.json()) as { message: string }).message).toMatch(/at most 10 attachments/);
  });

  it('refuses uploads without the CSRF header, from guests and from other municipalities', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    expect((await upload(coordinator, practice.id, samplePdf(), 'a.pdf', undefined, {})).status).toBe(400);
    expect((await upload(t.client(), practice.id, samplePdf(), 'a.pdf')).status).toBe(401);
    expect((await upload(otherCoordinator, practice.id, samplePdf(), 'a.pdf')).status).toBe(403);
  });

  it('deletes an attachment with its file', async () => {
    const practice = await buildPractice(t.dataSource, { municipalityId, state: 'draft' });
    const { id } = (await (await upload(coordinator, practice.id, samplePdf(), 'weg.pdf')).json()) as { id: string };
    const before = storedFiles().length;
    expect((await coordinator.gql(`mutation ($id: ID!) { deleteAttachment(id: $id) }`, { id })).data?.deleteAttachment).toBe(true);
    expect(storedFiles()).toHaveLength(before - 1);
    expect((await otherCoordinator.gql(`mutation ($id: ID!) { deleteAttachment(id: $id) }`, { id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
