import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACHMENT_TYPES, PRACTICE_LIMITS } from '@praxisforum/domain';
import {
  sampleDocx,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleWebp,
  sampleXlsx,
  sampleZip,
  zip,
} from '../../../test/fixtures/files.js';
import { ATTACHMENT_DETECTION_BYTES, detectAttachmentType, detectAttachmentTypeOfFile } from './file-type.js';

/** Deterministic pseudo-random bytes (a SHA-256 chain), so a failure can be reproduced. */
function noise(length: number, seed = 'praxisforum'): Buffer {
  const blocks: Buffer[] = [];
  let block = createHash('sha256').update(seed).digest();
  for (let size = 0; size < length; size += block.length) {
    blocks.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(blocks).subarray(0, length);
}

describe('detectAttachmentType', () => {
  it.each([
    ['PDF', samplePdf, 'application/pdf', 'pdf'],
    ['PNG', samplePng, 'image/png', 'png'],
    ['JPEG', sampleJpeg, 'image/jpeg', 'jpg'],
    ['WebP', sampleWebp, 'image/webp', 'webp'],
    ['DOCX', sampleDocx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['XLSX', sampleXlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['ODT', sampleOdt, 'application/vnd.oasis.opendocument.text', 'odt'],
    ['ODS', sampleOds, 'application/vnd.oasis.opendocument.spreadsheet', 'ods'],
  ])('recognises a real %s file', async (_name, sample, mime, ext) => {
    await expect(detectAttachmentType(sample())).resolves.toEqual({ mime, ext });
  });

  it('covers every accepted type, with the extension ATTACHMENT_TYPES gives', async () => {
    const samples = [samplePdf, samplePng, sampleJpeg, sampleWebp, sampleDocx, sampleXlsx, sampleOdt, sampleOds];
    const detected = await Promise.all(samples.map((sample) => detectAttachmentType(sample())));
    expect(Object.fromEntries(detected.map((d) => [d?.mime, d?.ext]))).toEqual(ATTACHMENT_TYPES);
  });

  it('accepts a Uint8Array as well as a Buffer', async () => {
    await expect(detectAttachmentType(new Uint8Array(samplePng()))).resolves.toMatchObject({ mime: 'image/png' });
  });

  it('recognises OOXML whose [Content_Types].xml comes last (LibreOffice) or after a large entry', async () => {
    const image = { name: 'word/media/image1.png', data: noise(3 * 1024 * 1024) };
    await expect(detectAttachmentType(sampleDocx({ contentTypesLast: true }))).resolves.toMatchObject({ ext: 'docx' });
    await expect(detectAttachmentType(sampleXlsx({ contentTypesLast: true }))).resolves.toMatchObject({ ext: 'xlsx' });
    await expect(detectAttachmentType(sampleDocx({ contentTypesLast: true, padding: [image] }))).resolves.toMatchObject({ ext: 'docx' });
    await expect(detectAttachmentType(sampleDocx({ padding: [{ ...image, deflate: true }] }))).resolves.toMatchObject({ ext: 'docx' });
  });

  it('tells office files from ZIP archives that merely look like them', async () => {
    // A word/ folder without [Content_Types].xml is not a Word document.
    await expect(detectAttachmentType(zip([{ name: 'word/document.xml', data: '<w:document/>' }, { name: 'a.bin', data: noise(8000) }]))).resolves.toBeNull();
    // Other OOXML and ODF kinds, EPUB, and macro-enabled documents are not accepted.
    const pptx = zip([
      { name: '[Content_Types].xml', data: '<Types><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>' },
      { name: 'ppt/presentation.xml', data: '<p:presentation/>' },
    ]);
    const docm = zip([
      { name: '[Content_Types].xml', data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    const odp = zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.presentation' }]);
    const epub = zip([{ name: 'mimetype', data: 'application/epub+zip' }]);
    for (const archive of [pptx, docm, odp, epub]) await expect(detectAttachmentType(archive)).resolves.toBeNull();
  });

  it('gives null for a truncated office file instead of guessing (the whole file must be passed)', async () => {
    expect(ATTACHMENT_DETECTION_BYTES).toBe(PRACTICE_LIMITS.attachmentBytesMax);
    for (const sample of [sampleDocx(), sampleXlsx(), sampleOdt(), sampleOds()]) {
      await expect(detectAttachmentType(sample.subarray(0, sample.length - 1))).resolves.toBeNull();
      await expect(detectAttachmentType(sample.subarray(0, 512))).resolves.toBeNull();
    }
    // Given only this 4 KB head, file-type itself guesses DOCX from the word/ folder name.
    const lookalike = zip([{ name: 'word/document.xml', data: '<w:document/>' }, { name: 'a.bin', data: noise(8000) }]);
    await expect(detectAttachmentType(lookalike.subarray(0, 4100))).resolves.toBeNull();
  });

  it.each([
    ['HTML renamed to .pdf', () => Buffer.from('<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n')],
    ['a Windows executable (MZ)', () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), noise(200)])],
    ['a plain ZIP archive', sampleZip],
    ['an SVG image', () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>\n')],
    ['a GIF image', () => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')],
    ['an empty buffer', () => Buffer.alloc(0)],
    ['random bytes', () => noise(4096)],
    ['plain text', () => Buffer.from('Protokoll der Sitzung vom 3. März\n')],
    ['a PDF signature without the dash', () => Buffer.from('%PDF')],
    ['a RIFF file that is not WebP (WAV)', () => Buffer.concat([Buffer.from('RIFF'), Buffer.from([36, 0, 0, 0]), Buffer.from('WAVEfmt '), noise(28)])],
  ])('gives null for %s', async (_name, sample) => {
    await expect(detectAttachmentType(sample())).resolves.toBeNull();
  });

  it('ignores the name: content decides', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'praxisforum-file-type-'));
    try {
      await writeFile(join(dir, 'report.pdf'), Buffer.from('<html></html>'));
      await writeFile(join(dir, 'photo.txt'), samplePng());
      await expect(detectAttachmentTypeOfFile(join(dir, 'report.pdf'))).resolves.toBeNull();
      await expect(detectAttachmentTypeOfFile(join(dir, 'photo.txt'))).resolves.toEqual({ mime: 'image/png', ext: 'png' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads an uploaded file from disk, and not one larger than the attachment limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'praxisforum-file-type-'));
    try {
      const path = join(dir, 'upload');
      await writeFile(path, sampleDocx({ contentTypesLast: true }));
      await expect(detectAttachmentTypeOfFile(path)).resolves.toMatchObject({ ext: 'docx' });
      await writeFile(path, Buffer.concat([samplePdf(), Buffer.alloc(PRACTICE_LIMITS.attachmentBytesMax)]));
      await expect(detectAttachmentTypeOfFile(path)).resolves.toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
