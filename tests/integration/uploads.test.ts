import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import { uploads } from '../../src/server/modules/uploads/index.ts';
import type { TestApp } from '../support/app.ts';
import { type MultipartFile, multipartBody } from '../support/multipart.ts';
import { createOperatorTestApp, insertMerchant, type TestMerchant } from '../support/operators.ts';
import { pdfWithHiddenScript, plainPdf } from '../support/pdf.ts';

/** The EXIF tag that points at the GPS directory, as written little-endian ("II"). */
const GPS_IFD_POINTER = Buffer.from([0x25, 0x88]);

function solidImage(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#c2410c' } });
}

async function phonePhotoWithGps(): Promise<Buffer> {
  // What a phone camera writes: its make, where it was (GPS) and how it was held (orientation 6:
  // the pixels must be turned 90° clockwise to stand upright).
  return solidImage(80, 40)
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCam', Model: 'X1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 54/1 2700/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '116/1 23/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const MINIMAL_PDF = await plainPdf();

describe('uploads', () => {
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  let testApp: TestApp;
  let merchant: TestMerchant;
  let stranger: TestMerchant;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    merchant = await insertMerchant(testApp);
    stranger = await insertMerchant(testApp);
  });
  afterAll(() => testApp.close());

  const upload = (purpose: string | null, file?: MultipartFile, cookie = merchant.cookie) => {
    const body = multipartBody(purpose === null ? {} : { purpose }, file);
    return testApp.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...body.headers, cookie },
      payload: body.payload,
    });
  };
  const fetchFile = (id: string, cookie = merchant.cookie) =>
    testApp.app.inject({ method: 'GET', url: `/api/v1/uploads/${id}/file`, headers: { cookie } });

  it('strips EXIF and GPS from a photo and turns it upright before storing it', async () => {
    const original = await phonePhotoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(GPS_IFD_POINTER)).toBe(true);
    expect(before.orientation).toBe(6);

    const response = await upload('kyc', {
      filename: 'IMG_0001.JPG',
      contentType: 'image/jpeg',
      data: original,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      purpose: 'kyc',
      contentType: 'image/jpeg',
      width: 40,
      height: 80,
    });

    // What storage holds, read back through the storage interface…
    const [row] = await testApp.database.db
      .select()
      .from(uploads)
      .where(eq(uploads.id, created.id));
    expect(row?.storageKey).toMatch(/^kyc\/[0-9a-f]{32}$/);
    expect(row?.storageKey).not.toContain('IMG');
    const stored = await testApp.deps.storage.get(row?.storageKey ?? '');
    const chunks: Buffer[] = [];
    for await (const chunk of stored.body) chunks.push(chunk as Buffer);
    const after = await sharp(Buffer.concat(chunks)).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([40, 80]);
    expect(created.size).toBe(Buffer.concat(chunks).length);

    // …and as the owner downloads it.
    const file = await fetchFile(created.id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['cache-control']).toBe('no-store');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(/^inline; filename="kyc-[0-9a-f-]+\.jpg"$/);
    expect(file.headers['content-security-policy']).toContain('sandbox');
    expect((await sharp(file.rawPayload).metadata()).exif).toBeUndefined();
  });

  it('re-encodes PNG and WebP in their own format', async () => {
    const png = await upload('logo', {
      filename: 'logo.png',
      contentType: 'image/png',
      data: await solidImage(300, 300).png().withMetadata({ density: 300 }).toBuffer(),
    });
    expect(png.json()).toMatchObject({ contentType: 'image/png', width: 300, height: 300 });
    const webp = await upload('banner', {
      filename: 'banner.webp',
      contentType: 'image/webp',
      data: await solidImage(1200, 300).webp().toBuffer(),
    });
    expect(webp.json()).toMatchObject({ contentType: 'image/webp', width: 1200, height: 300 });
  });

  it('sniffs the type from the bytes: HTML named .png is refused', async () => {
    const response = await upload('product', {
      filename: 'photo.png',
      contentType: 'image/png',
      data: Buffer.from('<html><script>alert(document.cookie)</script></html>'),
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('upload.unsupported_type');
  });

  it('trusts the bytes over the name the other way round too', async () => {
    const response = await upload('product', {
      filename: 'notes.txt',
      contentType: 'text/plain',
      data: await solidImage(10, 10).png().toBuffer(),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().contentType).toBe('image/png');
  });

  it('refuses a file that only starts like an image', async () => {
    const response = await upload('kyc', {
      filename: 'broken.jpg',
      contentType: 'image/jpeg',
      data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('upload.unreadable');
  });

  it('refuses a 12 MB file with 413 while it streams in', async () => {
    const data = Buffer.alloc(12 * 1024 * 1024, 1);
    data.set([0xff, 0xd8, 0xff], 0);
    const response = await upload('kyc', { filename: 'big.jpg', contentType: 'image/jpeg', data });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'upload.too_large',
      message: 'The file is larger than 10 MB.',
    });
    expect(
      await testApp.database.db.select().from(uploads).where(eq(uploads.size, data.length)),
    ).toEqual([]);
  });

  it('accepts a file just under 10 MB', async () => {
    // Noise does not compress, so this PNG is large on disk but well within 40 megapixels.
    const noise = Buffer.alloc(1800 * 1800 * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
    const data = await sharp(noise, { raw: { width: 1800, height: 1800, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(data.length).toBeGreaterThan(9 * 1024 * 1024);
    expect(data.length).toBeLessThan(10 * 1024 * 1024);
    const response = await upload('product', { filename: 'n.png', contentType: 'image/png', data });
    expect(response.statusCode).toBe(201);
  });

  it('refuses a 50-megapixel image from its header, before decoding it', async () => {
    const huge = await solidImage(8000, 6500).png().toBuffer();
    expect(huge.length).toBeLessThan(10 * 1024 * 1024);
    const response = await upload('product', {
      filename: 'huge.png',
      contentType: 'image/png',
      data: huge,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('upload.too_many_pixels');

    // Only the header of that PNG, then garbage: decoding it would fail as unreadable, so getting
    // "too many pixels" shows the limit is decided from the header alone.
    const headerOnly = Buffer.concat([huge.subarray(0, 64), Buffer.alloc(4096, 0xab)]);
    const fromHeader = await upload('product', {
      filename: 'bomb.png',
      contentType: 'image/png',
      data: headerOnly,
    });
    expect(fromHeader.statusCode).toBe(413);
    expect(fromHeader.json().error.code).toBe('upload.too_many_pixels');
  });

  it('accepts a PDF only as a verification document, and not one that carries scripts', async () => {
    const licence = await upload('kyc', {
      filename: 'licence.pdf',
      contentType: 'application/pdf',
      data: MINIMAL_PDF,
    });
    expect(licence.statusCode).toBe(201);
    expect(licence.json()).toMatchObject({
      contentType: 'application/pdf',
      width: null,
      height: null,
    });
    const file = await fetchFile(licence.json().id);
    expect(file.headers['content-type']).toBe('application/pdf');
    // A download, never rendered in our origin: the browser's PDF viewer runs scripts of its own.
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"$/);
    expect(file.headers['content-security-policy']).toContain('sandbox');

    const asLogo = await upload('logo', {
      filename: 'logo.pdf',
      contentType: 'application/pdf',
      data: MINIMAL_PDF,
    });
    expect(asLogo.statusCode).toBe(415);

    // JavaScript inside a compressed object stream: its name appears nowhere in the bytes.
    const withScript = await upload('kyc', {
      filename: 'licence.pdf',
      contentType: 'application/pdf',
      data: await pdfWithHiddenScript(),
    });
    expect(withScript.statusCode).toBe(422);
    expect(withScript.json().error.code).toBe('upload.pdf_scripts');

    const htmlAsPdf = await upload('kyc', {
      filename: 'licence.pdf',
      contentType: 'application/pdf',
      data: Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n'),
    });
    expect(htmlAsPdf.statusCode).toBe(422);
    expect(htmlAsPdf.json().error.code).toBe('upload.pdf_unreadable');
  });

  it('names the missing or wrong form fields', async () => {
    const image = {
      filename: 'a.png',
      contentType: 'image/png',
      data: await solidImage(4, 4).png().toBuffer(),
    };
    const noPurpose = await upload(null, image);
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().error.details).toEqual([
      { field: 'purpose', rule: 'required', message: 'is required' },
    ]);
    const badPurpose = await upload('avatar', image);
    expect(badPurpose.json().error.details[0]).toMatchObject({ field: 'purpose', rule: 'enum' });
    const noFile = await upload('logo');
    expect(noFile.json().error.details).toEqual([
      { field: 'file', rule: 'required', message: 'is required' },
    ]);
  });

  it("shows an upload only to its owner: someone else's is simply not found", async () => {
    const own = await upload('kyc', {
      filename: 'id.jpg',
      contentType: 'image/jpeg',
      data: await solidImage(50, 30).jpeg().toBuffer(),
    });
    const id = own.json().id;
    expect((await fetchFile(id)).statusCode).toBe(200);
    const meta = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${id}`,
      headers: { cookie: merchant.cookie },
    });
    expect(meta.json()).toMatchObject({ id, purpose: 'kyc' });

    for (const url of [`/api/v1/uploads/${id}`, `/api/v1/uploads/${id}/file`]) {
      const other = await testApp.app.inject({
        method: 'GET',
        url,
        headers: { cookie: stranger.cookie },
      });
      expect(other.statusCode, url).toBe(404);
      expect(other.json().error.code).toBe('upload.not_found');
      const anonymous = await testApp.app.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
    }
    const [row] = await testApp.database.db.select().from(uploads).where(eq(uploads.id, id));
    const direct = await testApp.app.inject({ method: 'GET', url: `/uploads/${row?.storageKey}` });
    expect(direct.statusCode).toBe(404);
  });

  it('needs a signed-in merchant', async () => {
    const body = multipartBody({ purpose: 'logo' });
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: body.headers,
      payload: body.payload,
    });
    expect(response.statusCode).toBe(401);
  });
});
