import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledJobs } from '../../src/server/app-modules.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { createScheduler } from '../../src/server/jobs/scheduler.ts';
import { listMilestones } from '../../src/server/modules/growth/index.ts';
import { approvedIdentity } from '../../src/server/modules/kyc/index.ts';
import type { TestApp } from '../support/app.ts';
import { multipartBody } from '../support/multipart.ts';
import {
  createOperatorTestApp,
  insertMerchant,
  insertOperator,
  operatorSession,
  type TestMerchant,
} from '../support/operators.ts';
import { plainPdf } from '../support/pdf.ts';

const DAY = 24 * 60 * 60 * 1000;
const VALID_ID = '11010519491231002X';
const VALID_USCC = '91350100M000100Y43';
const MINIMAL_PDF = await plainPdf();

describe('real-name verification', () => {
  const clock = new ManualClock('2026-05-01T08:00:00Z');
  let testApp: TestApp;
  let reviewerCookie: () => Promise<string>;
  let adminOnlyCookie: () => Promise<string>;
  let financeCookie: () => Promise<string>;
  let reviewerId: string;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    const reviewer = await insertOperator(testApp, ['reviewer']);
    reviewerId = reviewer.id;
    reviewerCookie = operatorSession(testApp, clock, reviewer);
    adminOnlyCookie = operatorSession(testApp, clock, await insertOperator(testApp, ['admin']));
    financeCookie = operatorSession(testApp, clock, await insertOperator(testApp, ['finance']));
  });
  afterAll(() => testApp.close());

  const inject = (
    method: 'GET' | 'POST',
    url: string,
    cookie: string,
    payload?: object,
    locale = 'en',
  ) =>
    testApp.app.inject({
      method,
      url,
      headers: { cookie: `${cookie}; lang=${locale}` },
      ...(payload ? { payload } : {}),
    });

  async function uploadDocument(
    merchant: TestMerchant,
    options: { pdf?: boolean; purpose?: string } = {},
  ) {
    const data = options.pdf
      ? MINIMAL_PDF
      : await sharp({ create: { width: 120, height: 80, channels: 3, background: '#0f766e' } })
          .jpeg()
          .toBuffer();
    const body = multipartBody(
      { purpose: options.purpose ?? 'kyc' },
      { filename: 'doc', contentType: 'application/octet-stream', data },
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      headers: { ...body.headers, cookie: merchant.cookie },
      payload: body.payload,
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  async function personalBody(merchant: TestMerchant, overrides: Record<string, unknown> = {}) {
    return {
      kind: 'personal',
      legalName: '张三',
      idType: 'cn_resident_id',
      idNumber: VALID_ID,
      idExpiry: '2036-05-01',
      documents: [
        { type: 'id_front', uploadId: await uploadDocument(merchant) },
        { type: 'id_back', uploadId: await uploadDocument(merchant) },
      ],
      ...overrides,
    };
  }

  async function enterpriseBody(merchant: TestMerchant, overrides: Record<string, unknown> = {}) {
    return {
      kind: 'enterprise',
      companyName: '福州示例贸易有限公司',
      country: 'CN',
      registrationNumber: VALID_USCC,
      legalRepresentative: { name: '李四', idNumber: VALID_ID },
      registeredAddress: '福建省福州市鼓楼区示例路 1 号',
      documents: [
        { type: 'business_license', uploadId: await uploadDocument(merchant, { pdf: true }) },
      ],
      ...overrides,
    };
  }

  const submit = (merchant: TestMerchant, body: object, locale = 'en') =>
    inject('POST', '/api/v1/me/verification', merchant.cookie, body, locale);
  const decide = async (id: string, decision: object, cookie?: string) =>
    inject(
      'POST',
      `/api/v1/admin/verifications/${id}/decision`,
      cookie ?? (await reviewerCookie()),
      decision,
    );
  const mailTo = async (address: string) => {
    await testApp.worker.drain();
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/dev/messages?to=${encodeURIComponent(address)}`,
    });
    return response.json() as { subject: string | null; text: string; channel: string }[];
  };

  describe('submitting', () => {
    it('accepts a personal verification with the public example ID number', async () => {
      const merchant = await insertMerchant(testApp);
      const response = await submit(
        merchant,
        await personalBody(merchant, { idNumber: '110105 19491231 002x' }),
      );
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        kind: 'personal',
        status: 'pending',
        legalName: '张三',
        idNumber: VALID_ID,
        idExpiry: '2036-05-01',
        reasons: [],
        verified: null,
      });
      // Front before back, as a person reads them (not alphabetically).
      expect(body.documents.map((d: { type: string }) => d.type)).toEqual(['id_front', 'id_back']);
      expect(body.documents[0].url).toBe(
        `/api/v1/me/verification/documents/${body.documents[0].uploadId}`,
      );

      const latest = await inject('GET', '/api/v1/me/verification', merchant.cookie);
      expect(latest.json()).toMatchObject({ id: body.id, status: 'pending' });
      expect(latest.json().documents.map((d: { type: string }) => d.type)).toEqual([
        'id_front',
        'id_back',
      ]);
    });

    it.each([
      [
        '110105194912310021',
        'resident_id_check_digit',
        'is not a valid ID number (the check digit does not match)',
      ],
      [
        '11010519491231002',
        'resident_id_format',
        'must be 18 characters: 17 digits and then a digit or X',
      ],
      ['110105204912310025', 'resident_id_birth_date', 'contains a birth date that does not exist'],
    ])('refuses the resident ID %s with a field error (%s)', async (idNumber, rule, message) => {
      const merchant = await insertMerchant(testApp);
      const response = await submit(merchant, await personalBody(merchant, { idNumber }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation.failed',
        details: [{ field: 'idNumber', rule, message }],
      });
    });

    it('says what is wrong in Chinese to a Chinese-speaking merchant, naming every bad field', async () => {
      const merchant = await insertMerchant(testApp);
      const body = await personalBody(merchant, {
        idNumber: '110105194912310021',
        idExpiry: '2020-01-01',
        legalName: undefined,
      });
      const response = await submit(merchant, body, 'zh-CN');
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.message).toBe('以下字段填写有误：legalName, idNumber, idExpiry。');
      expect(error.details).toEqual([
        { field: 'legalName', rule: 'required', message: '为必填项' },
        {
          field: 'idNumber',
          rule: 'resident_id_check_digit',
          message: '不是有效的身份证号码（校验码不符）',
        },
        { field: 'idExpiry', rule: 'expired', message: '已过期' },
      ]);
    });

    it('checks passports for their shape only', async () => {
      const merchant = await insertMerchant(testApp);
      const bad = await submit(
        merchant,
        await personalBody(merchant, { idType: 'passport', idNumber: 'E1' }),
      );
      expect(bad.json().error.details).toEqual([
        expect.objectContaining({ field: 'idNumber', rule: 'passport_format' }),
      ]);
      const good = await submit(
        merchant,
        await personalBody(merchant, { idType: 'passport', idNumber: 'e12345678' }),
      );
      expect(good.statusCode).toBe(201);
      expect(good.json().idNumber).toBe('E12345678');
    });

    it('accepts a mainland enterprise with a valid credit code, and refuses a near miss', async () => {
      const merchant = await insertMerchant(testApp, { accountType: 'enterprise' });
      const nearMiss = await submit(
        merchant,
        await enterpriseBody(merchant, { registrationNumber: '91350100M000100Y44' }),
      );
      expect(nearMiss.statusCode).toBe(400);
      expect(nearMiss.json().error.details).toEqual([
        {
          field: 'registrationNumber',
          rule: 'credit_code_check_character',
          message: 'is not a valid unified social credit code (the check character does not match)',
        },
      ]);
      const badRepresentative = await submit(
        merchant,
        await enterpriseBody(merchant, {
          legalRepresentative: { name: '李四', idNumber: '110105194912310021' },
        }),
      );
      expect(badRepresentative.json().error.details).toEqual([
        expect.objectContaining({
          field: 'legalRepresentative.idNumber',
          rule: 'resident_id_check_digit',
        }),
      ]);
      const valid = await submit(
        merchant,
        await enterpriseBody(merchant, {
          registrationNumber: '91350100m000100y43',
          // As on the licence: full-width brackets are kept, only spaces are tidied.
          companyName: '  福州示例贸易有限公司（鼓楼分公司） ',
        }),
      );
      expect(valid.statusCode).toBe(201);
      expect(valid.json()).toMatchObject({
        kind: 'enterprise',
        companyName: '福州示例贸易有限公司（鼓楼分公司）',
        registrationNumber: VALID_USCC,
        legalRepresentative: { name: '李四', idType: 'cn_resident_id', idNumber: VALID_ID },
        bankAccount: null,
      });
    });

    it('takes a foreign registration number as given, but not an empty one', async () => {
      const merchant = await insertMerchant(testApp, { accountType: 'enterprise' });
      const foreign = {
        country: 'us',
        companyName: 'Example Trading LLC',
        legalRepresentative: { name: 'Jane Roe', idNumber: 'P-1234567' },
        bankAccount: {
          accountName: 'Example Trading LLC',
          bankName: 'First Bank',
          accountNumber: '0001 2345 6789',
        },
      };
      const empty = await submit(
        merchant,
        await enterpriseBody(merchant, { ...foreign, registrationNumber: '  ' }),
      );
      expect(empty.json().error.details).toEqual([
        { field: 'registrationNumber', rule: 'required', message: 'is required' },
      ]);
      const accepted = await submit(
        merchant,
        await enterpriseBody(merchant, { ...foreign, registrationNumber: 'DE 123/456-7' }),
      );
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json()).toMatchObject({
        country: 'US',
        registrationNumber: 'DE 123/456-7',
        bankAccount: { accountNumber: '000123456789', branchName: null },
      });
    });

    it('lets the account type decide which kind may be submitted', async () => {
      const personal = await insertMerchant(testApp, { accountType: 'personal' });
      const response = await submit(personal, await enterpriseBody(personal));
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('kyc.kind_mismatch');
    });

    it("refuses documents that are not the merchant's own verification uploads, naming the field", async () => {
      const merchant = await insertMerchant(testApp);
      const stranger = await insertMerchant(testApp);
      const body = await personalBody(merchant, {
        documents: [
          { type: 'id_front', uploadId: await uploadDocument(stranger) },
          { type: 'id_back', uploadId: await uploadDocument(merchant, { purpose: 'logo' }) },
        ],
      });
      const response = await submit(merchant, body);
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({
        code: 'kyc.document_invalid',
        details: [
          { field: 'documents.id_front', rule: 'not_found' },
          { field: 'documents.id_back', rule: 'wrong_purpose' },
        ],
      });
      const pdfAsPhoto = await submit(
        merchant,
        await personalBody(merchant, {
          documents: [
            { type: 'id_front', uploadId: await uploadDocument(merchant, { pdf: true }) },
            { type: 'id_back', uploadId: await uploadDocument(merchant) },
          ],
        }),
      );
      expect(pdfAsPhoto.json().error.details).toEqual([
        expect.objectContaining({ field: 'documents.id_front', rule: 'pdf_not_allowed' }),
      ]);
      const missing = await submit(
        merchant,
        await personalBody(merchant, {
          documents: [{ type: 'id_front', uploadId: await uploadDocument(merchant) }],
        }),
      );
      expect(missing.json().error).toMatchObject({
        code: 'validation.failed',
        details: [{ field: 'documents.id_back', rule: 'required' }],
      });
    });

    it('refuses a second submission while one is being reviewed', async () => {
      const merchant = await insertMerchant(testApp);
      expect((await submit(merchant, await personalBody(merchant))).statusCode).toBe(201);
      const again = await submit(merchant, await personalBody(merchant, { legalName: '张三丰' }));
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('kyc.already_pending');
    });

    it('answers 404 before anything was submitted', async () => {
      const merchant = await insertMerchant(testApp);
      const response = await inject('GET', '/api/v1/me/verification', merchant.cookie);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('kyc.not_found');
    });
  });

  describe('documents are private', () => {
    it('serves a document to its owner only, never cached; anyone else gets 404', async () => {
      const owner = await insertMerchant(testApp);
      const other = await insertMerchant(testApp);
      const submitted = (await submit(owner, await personalBody(owner))).json();
      const url = submitted.documents[0].url;

      const own = await inject('GET', url, owner.cookie);
      expect(own.statusCode).toBe(200);
      expect(own.headers).toMatchObject({
        'content-type': 'image/jpeg',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      expect(own.headers['content-disposition']).toMatch(
        /^inline; filename="verification-.*\.jpg"$/,
      );

      const theirs = await inject('GET', url, other.cookie);
      expect(theirs.statusCode).toBe(404);
      expect((await inject('GET', '/api/v1/me/verification', other.cookie)).statusCode).toBe(404);
      expect((await testApp.app.inject({ method: 'GET', url })).statusCode).toBe(401);
      // An operator session is not a merchant session.
      expect((await inject('GET', url, await reviewerCookie())).statusCode).toBe(401);
    });
  });

  describe('reviewing', () => {
    it('takes an enterprise from request for changes through resubmission to approval', async () => {
      const merchant = await insertMerchant(testApp, {
        accountType: 'enterprise',
        locale: 'zh-CN',
      });
      const submitted = (await submit(merchant, await enterpriseBody(merchant))).json();

      // The queue lists it with the merchant, oldest first.
      const queue = await inject(
        'GET',
        '/api/v1/admin/verifications?status=pending&kind=enterprise',
        await reviewerCookie(),
      );
      expect(queue.statusCode).toBe(200);
      const listed = queue.json().items.find((item: { id: string }) => item.id === submitted.id);
      expect(listed).toMatchObject({
        subjectName: '福州示例贸易有限公司',
        merchant: { id: merchant.id, email: merchant.email },
      });
      const submittedAt = queue
        .json()
        .items.map((item: { submittedAt: string }) => item.submittedAt);
      expect([...submittedAt].sort()).toEqual(submittedAt);
      const searched = await inject(
        'GET',
        `/api/v1/admin/verifications?q=${VALID_USCC.slice(0, 8)}`,
        await reviewerCookie(),
      );
      expect(searched.json().items.map((item: { id: string }) => item.id)).toContain(submitted.id);

      // The detail, and the licence beside it (each view audited).
      const detail = (
        await inject('GET', `/api/v1/admin/verifications/${submitted.id}`, await reviewerCookie())
      ).json();
      expect(detail).toMatchObject({
        registrationNumber: VALID_USCC,
        merchant: { locale: 'zh-CN' },
        reviews: [],
      });
      const licence = await inject('GET', detail.documents[0].url, await reviewerCookie());
      expect(licence.statusCode).toBe(200);
      expect(licence.headers['content-type']).toBe('application/pdf');
      expect(licence.headers['cache-control']).toBe('no-store');
      const elsewhere = await uploadDocument(merchant);
      expect(
        (
          await inject(
            'GET',
            `/api/v1/admin/verifications/${submitted.id}/documents/${elsewhere}`,
            await reviewerCookie(),
          )
        ).statusCode,
      ).toBe(404);

      // Changes requested, per field.
      const requested = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [{ code: 'document_unreadable', field: 'documents.business_license' }],
        note: '请上传清晰的营业执照照片',
      });
      expect(requested.statusCode).toBe(200);
      expect(requested.json()).toMatchObject({ status: 'changes_requested' });
      const seen = (
        await inject('GET', '/api/v1/me/verification', merchant.cookie, undefined, 'zh-CN')
      ).json();
      expect(seen).toMatchObject({
        status: 'changes_requested',
        note: '请上传清晰的营业执照照片',
        reasons: [
          {
            code: 'document_unreadable',
            field: 'documents.business_license',
            label: '证件照片模糊、过暗或无法辨认',
            fieldLabel: '营业执照',
          },
        ],
      });
      const [changesMail] = await mailTo(merchant.email ?? '');
      expect(changesMail?.subject).toBe('开店：实名认证需要修改');
      expect(changesMail?.text).toContain('营业执照：证件照片模糊、过暗或无法辨认');
      expect(changesMail?.text).toContain('请上传清晰的营业执照照片');

      // Resubmitted with a new licence: the same case, pending again, without the old reasons.
      const resubmitted = await submit(merchant, await enterpriseBody(merchant));
      expect(resubmitted.statusCode).toBe(201);
      expect(resubmitted.json()).toMatchObject({
        id: submitted.id,
        status: 'pending',
        reasons: [],
        note: null,
      });

      // Approved: the badge, the growth milestone, the second e-mail.
      const approved = await decide(submitted.id, { decision: 'approve' });
      expect(approved.json()).toMatchObject({ status: 'approved' });
      expect(approved.json().reviews.map((r: { decision: string }) => r.decision)).toEqual([
        'request_changes',
        'approve',
      ]);
      const mine = (await inject('GET', '/api/v1/me/verification', merchant.cookie)).json();
      expect(mine).toMatchObject({
        status: 'approved',
        verified: { name: '福州示例贸易有限公司', kind: 'enterprise' },
      });
      const identity = await approvedIdentity(testApp.database.db, merchant.id);
      expect(identity).toMatchObject({
        verified: true,
        name: '福州示例贸易有限公司',
        kind: 'enterprise',
      });
      await testApp.worker.drain();
      const milestones = await listMilestones(testApp.database.db, merchant.id);
      expect(milestones.map((m) => m.milestone)).toContain('kyc_approved');
      const mails = await mailTo(merchant.email ?? '');
      expect(mails.map((mail) => mail.subject)).toEqual([
        '开店：实名认证已通过',
        '开店：实名认证需要修改',
      ]);

      // Every decision and the document view are in the audit log, with before and after.
      const adminCookie = await adminOnlyCookie();
      const log = (
        await inject(
          'GET',
          `/api/v1/admin/audit-log?targetType=verification&targetId=${submitted.id}`,
          adminCookie,
        )
      ).json();
      expect(log.entries.map((entry: { action: string }) => entry.action)).toEqual([
        'verification.approved',
        'verification.changes_requested',
        'verification.document_viewed',
      ]);
      expect(log.entries[0]).toMatchObject({
        actor: { id: reviewerId },
        before: { status: 'pending' },
        after: { status: 'approved' },
      });
      expect(log.entries[1].after).toMatchObject({
        status: 'changes_requested',
        reasons: [{ code: 'document_unreadable', field: 'documents.business_license' }],
      });

      // A decided case cannot be decided again.
      const twice = await decide(submitted.id, {
        decision: 'reject',
        reasons: [{ code: 'other' }],
        note: 'x',
      });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('kyc.invalid_transition');
    });

    it('rejects with reason codes and a note, and the merchant can resubmit', async () => {
      const merchant = await insertMerchant(testApp);
      const submitted = (await submit(merchant, await personalBody(merchant))).json();
      const noReason = await decide(submitted.id, { decision: 'reject', reasons: [] });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.details).toEqual([
        { field: 'reasons', rule: 'reasons_required', message: 'needs at least one reason' },
      ]);
      const unknownCode = await decide(submitted.id, {
        decision: 'reject',
        reasons: [{ code: 'ugly' }],
      });
      expect(unknownCode.json().error.details[0]).toMatchObject({
        field: 'reasons.0.code',
        rule: 'enum',
      });
      const otherWithoutNote = await decide(submitted.id, {
        decision: 'reject',
        reasons: [{ code: 'other' }],
      });
      expect(otherWithoutNote.json().error.details).toEqual([
        expect.objectContaining({ field: 'note', rule: 'note_required' }),
      ]);
      const changesWithoutField = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [{ code: 'name_mismatch' }, { code: 'name_mismatch', field: 'companyName' }],
      });
      expect(changesWithoutField.json().error.details).toEqual([
        expect.objectContaining({ field: 'reasons.0.field', rule: 'field_required' }),
        expect.objectContaining({ field: 'reasons.1.field', rule: 'unknown_field' }),
      ]);

      const rejected = await decide(submitted.id, {
        decision: 'reject',
        reasons: [{ code: 'name_mismatch' }, { code: 'document_expired' }],
        note: 'The name on the card differs.',
      });
      expect(rejected.json()).toMatchObject({ status: 'rejected' });
      const [mail] = await mailTo(merchant.email ?? '');
      expect(mail?.subject).toBe('Kaidian: your verification was not approved');
      expect(mail?.text).toContain('The name does not match the document');
      expect(mail?.text).toContain('The document has expired');
      expect(mail?.text).toContain("Reviewer's note: The name on the card differs.");

      const resubmitted = await submit(
        merchant,
        await personalBody(merchant, { legalName: '张三丰' }),
      );
      expect(resubmitted.json()).toMatchObject({
        id: submitted.id,
        status: 'pending',
        legalName: '张三丰',
      });
    });

    it('requests a change to one field with its own reason and note, and tells the merchant exactly that', async () => {
      const merchant = await insertMerchant(testApp, { locale: 'zh-CN' });
      const body = await personalBody(merchant);
      const submitted = (await submit(merchant, body)).json();

      // A reason must fit the field it is given for, and one the reviewer writes needs words.
      const unfitting = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [{ code: 'document_expired', field: 'legalName' }],
      });
      expect(unfitting.statusCode).toBe(400);
      expect(unfitting.json().error.details).toEqual([
        expect.objectContaining({ field: 'reasons.0.code', rule: 'reason_not_for_field' }),
      ]);
      const ownWithoutWords = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [{ code: 'other', field: 'idNumber', note: '   ' }],
      });
      expect(ownWithoutWords.json().error.details).toEqual([
        expect.objectContaining({ field: 'reasons.0.note', rule: 'note_required' }),
      ]);
      const twice = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [
          { code: 'expiry_mismatch', field: 'idExpiry' },
          { code: 'document_expired', field: 'idExpiry' },
        ],
      });
      expect(twice.json().error.details).toEqual([
        expect.objectContaining({ field: 'reasons.1.field', rule: 'duplicate' }),
      ]);

      const requested = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [
          { code: 'expiry_mismatch', field: 'idExpiry', note: '证件背面的有效期是 2036-05-10' },
        ],
      });
      expect(requested.statusCode, requested.body).toBe(200);

      // The page: exactly that field, that reason, that note; nothing the reviewer did not say.
      const seen = (
        await inject('GET', '/api/v1/me/verification', merchant.cookie, undefined, 'zh-CN')
      ).json();
      expect(seen.reasons).toEqual([
        {
          code: 'expiry_mismatch',
          field: 'idExpiry',
          label: '有效期与证件上的日期不一致',
          fieldLabel: '证件有效期',
          note: '证件背面的有效期是 2036-05-10',
        },
      ]);
      expect(seen.note).toBeNull();
      // The e-mail says the same, and no reason the reviewer did not give.
      const [mail] = await mailTo(merchant.email ?? '');
      expect(mail?.text).toContain(
        '证件有效期：有效期与证件上的日期不一致。证件背面的有效期是 2036-05-10',
      );
      expect(mail?.text).not.toContain('证件已过期');
      // The audit log records the reason and the note of the field.
      const log = (
        await inject(
          'GET',
          `/api/v1/admin/audit-log?targetType=verification&targetId=${submitted.id}`,
          await adminOnlyCookie(),
        )
      ).json();
      expect(log.entries[0].after).toEqual({
        status: 'changes_requested',
        reasons: [
          { code: 'expiry_mismatch', field: 'idExpiry', note: '证件背面的有效期是 2036-05-10' },
        ],
        note: null,
      });

      // Sending it back unchanged, or changing only what was not asked about, is refused.
      for (const again of [body, { ...body, legalName: '张三丰' }]) {
        const same = await submit(merchant, again, 'zh-CN');
        expect(same.statusCode).toBe(409);
        expect(same.json().error).toEqual({
          code: 'kyc.flagged_unchanged',
          message: '审核人员要求修改的内容尚未修改：证件有效期。请修改后再提交。',
          details: [{ field: 'idExpiry', rule: 'unchanged', message: '尚未按审核意见修改' }],
        });
      }
      const english = await submit(merchant, body);
      expect(english.json().error.message).toBe(
        'You have not changed what the reviewer asked you to change: ID expiry date. Change it before you submit again.',
      );
      expect((await inject('GET', '/api/v1/me/verification', merchant.cookie)).json().status).toBe(
        'changes_requested',
      );

      // Corrected, with a new photo of the front: the reviewer sees each change, old and new.
      const oldFront = body.documents[0]?.uploadId;
      const newFront = await uploadDocument(merchant);
      const corrected = await submit(merchant, {
        ...body,
        idExpiry: '2036-05-10',
        documents: [{ type: 'id_front', uploadId: newFront }, body.documents[1]],
      });
      expect(corrected.statusCode, corrected.body).toBe(201);
      const detail = (
        await inject('GET', `/api/v1/admin/verifications/${submitted.id}`, await reviewerCookie())
      ).json();
      expect(detail.changes).toEqual([
        {
          field: 'idExpiry',
          fieldLabel: 'ID expiry date',
          before: '2036-05-01',
          after: '2036-05-10',
        },
        {
          field: 'documents.id_front',
          fieldLabel: 'ID photo (front)',
          before: {
            uploadId: oldFront,
            url: `/api/v1/admin/verifications/${submitted.id}/documents/${oldFront}`,
          },
          after: {
            uploadId: newFront,
            url: `/api/v1/admin/verifications/${submitted.id}/documents/${newFront}`,
          },
        },
      ]);
      // The replaced photo can still be opened, to compare.
      const previous = await inject('GET', detail.changes[1].before.url, await reviewerCookie());
      expect(previous.statusCode).toBe(200);

      // A reason the reviewer writes is the merchant's reason, in the reviewer's words.
      const own = await decide(submitted.id, {
        decision: 'request_changes',
        reasons: [{ code: 'other', field: 'idNumber', note: '号码第 7 位看不清，请核对' }],
      });
      expect(own.statusCode).toBe(200);
      const [ownMail] = await mailTo(merchant.email ?? '');
      expect(ownMail?.text).toContain('证件号码：号码第 7 位看不清，请核对');
    });

    it('refuses a resubmission identical to a rejected one that named no field', async () => {
      const merchant = await insertMerchant(testApp);
      const body = await personalBody(merchant);
      const submitted = (await submit(merchant, body)).json();
      await decide(submitted.id, { decision: 'reject', reasons: [{ code: 'document_altered' }] });
      const same = await submit(merchant, body);
      expect(same.statusCode).toBe(409);
      expect(same.json().error).toMatchObject({
        code: 'kyc.resubmission_unchanged',
        message:
          "Nothing has changed since the reviewer's decision. Correct what the reviewer pointed out before you submit again.",
      });
      const changed = await submit(merchant, {
        ...body,
        documents: [
          body.documents[0],
          { type: 'id_back', uploadId: await uploadDocument(merchant) },
        ],
      });
      expect(changed.statusCode).toBe(201);
    });

    it('is for reviewers: an admin or finance operator without the reviewer role gets 403', async () => {
      const merchant = await insertMerchant(testApp);
      const submitted = (await submit(merchant, await personalBody(merchant))).json();
      for (const cookie of [await adminOnlyCookie(), await financeCookie()]) {
        const decision = await decide(submitted.id, { decision: 'approve' }, cookie);
        expect(decision.statusCode).toBe(403);
        expect(decision.json().error.code).toBe('auth.forbidden');
        for (const url of [
          '/api/v1/admin/verifications',
          `/api/v1/admin/verifications/${submitted.id}`,
          submitted.documents[0].url.replace(
            '/me/verification',
            `/admin/verifications/${submitted.id}`,
          ),
          '/api/v1/admin/verification-reasons',
        ]) {
          expect((await inject('GET', url, cookie)).statusCode, url).toBe(403);
        }
      }
      const merchantTrying = await decide(submitted.id, { decision: 'approve' }, merchant.cookie);
      expect(merchantTrying.statusCode).toBe(401);
      const still = (await inject('GET', '/api/v1/me/verification', merchant.cookie)).json();
      expect(still.status).toBe('pending');
    });

    it('offers the reason catalogue and the fields in both languages', async () => {
      const response = await inject(
        'GET',
        '/api/v1/admin/verification-reasons',
        await reviewerCookie(),
      );
      const { reasons, fields } = response.json();
      expect(reasons).toContainEqual({
        code: 'document_unreadable',
        label: {
          en: 'The document photo is blurred, dark or unreadable',
          'zh-CN': '证件照片模糊、过暗或无法辨认',
        },
      });
      expect(reasons.map((r: { code: string }) => r.code)).toEqual(
        expect.arrayContaining([
          'document_expired',
          'name_mismatch',
          'id_number_invalid',
          'licence_mismatch',
          'other',
        ]),
      );
      expect(fields.personal.map((f: { field: string }) => f.field)).toContain('idNumber');
      // Each field offers the reasons that fit it; the expiry date is not "unreadable".
      expect(fields.personal).toContainEqual({
        field: 'idExpiry',
        label: { en: 'ID expiry date', 'zh-CN': '证件有效期' },
        reasons: ['expiry_mismatch', 'document_expired', 'other'],
      });
      for (const field of [...fields.personal, ...fields.enterprise]) {
        expect(
          field.reasons.every((code: string) =>
            reasons.some((r: { code: string }) => r.code === code),
          ),
        ).toBe(true);
        expect(field.reasons).toContain('other');
      }
      expect(fields.enterprise.map((f: { field: string }) => f.field)).toContain(
        'documents.business_license',
      );
    });

    it('tells a merchant without e-mail by SMS', async () => {
      const merchant = await insertMerchant(testApp, {
        email: null,
        phone: '+8613800138123',
        locale: 'zh-CN',
      });
      const submitted = (await submit(merchant, await personalBody(merchant))).json();
      await decide(submitted.id, { decision: 'approve' });
      const [sms] = await mailTo('+8613800138123');
      expect(sms).toMatchObject({ channel: 'sms', text: '【开店】您的实名认证已通过。' });
    });
  });

  describe('after approval', () => {
    it('locks the verified fields: a change opens a new review while the approved identity stands', async () => {
      const merchant = await insertMerchant(testApp);
      const body = await personalBody(merchant);
      const first = (await submit(merchant, body)).json();
      await decide(first.id, { decision: 'approve' });

      const same = await submit(merchant, body);
      expect(same.statusCode).toBe(409);
      expect(same.json().error.code).toBe('kyc.unchanged');

      const changed = await submit(merchant, { ...body, legalName: '张三丰' });
      expect(changed.statusCode).toBe(201);
      const second = changed.json();
      expect(second.id).not.toBe(first.id);
      expect(second).toMatchObject({ status: 'pending', verified: { name: '张三' } });
      expect(await approvedIdentity(testApp.database.db, merchant.id)).toMatchObject({
        name: '张三',
      });

      await decide(second.id, { decision: 'reject', reasons: [{ code: 'name_mismatch' }] });
      expect(await approvedIdentity(testApp.database.db, merchant.id)).toMatchObject({
        verified: true,
        name: '张三',
      });
      // Resubmitted with a clearer photo (an identical resubmission would be refused).
      const resubmitted = await submit(merchant, {
        ...body,
        legalName: '张三丰',
        documents: [
          { type: 'id_front', uploadId: await uploadDocument(merchant) },
          body.documents[1],
        ],
      });
      expect(resubmitted.statusCode, resubmitted.body).toBe(201);
      await decide(second.id, { decision: 'approve' });
      expect(await approvedIdentity(testApp.database.db, merchant.id)).toMatchObject({
        verified: true,
        name: '张三丰',
      });
    });
  });

  describe('re-verification reminders', () => {
    it('e-mails once when an approved ID expires within 30 days', async () => {
      clock.set('2026-06-01T08:00:00Z');
      const merchant = await insertMerchant(testApp);
      const submitted = (
        await submit(merchant, await personalBody(merchant, { idExpiry: '2026-08-15' }))
      ).json();
      await decide(submitted.id, { decision: 'approve' });
      const scheduler = createScheduler({
        db: testApp.database.db,
        jobs: scheduledJobs(),
        clock,
        log: { warn: () => undefined },
      });
      const reminders = async () =>
        (await mailTo(merchant.email ?? '')).filter((mail) =>
          mail.subject?.includes('expires soon'),
        );

      await scheduler.runAll();
      expect(await reminders()).toHaveLength(0);

      clock.set('2026-07-20T08:00:00Z');
      await scheduler.runAll();
      const [reminder] = await reminders();
      expect(reminder?.text).toContain('2026-08-15');

      clock.advance(DAY);
      await scheduler.runAll();
      expect(await reminders()).toHaveLength(1);
    });
  });
});
