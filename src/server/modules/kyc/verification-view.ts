import { Type } from '@sinclair/typebox';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { findUploadsByIds } from '../uploads/index.ts';
import type { ApprovedIdentity } from './approved-identity.ts';
import { fieldLabel } from './fields.ts';
import { submissionDocuments } from './find-submission.ts';
import { ID_TYPES } from './input-schema.ts';
import { type DecisionReason, reasonLabel } from './reasons.ts';
import { DOCUMENT_TYPES, type KycKind, type KycSubmission } from './schema.ts';
import { KYC_STATUSES } from './status.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

export const ReasonViewSchema = Type.Object({
  code: Type.String(),
  field: Nullable(Type.String()),
  /** In the language of the request. */
  label: Type.String(),
  fieldLabel: Nullable(Type.String()),
  /** What the reviewer wrote about this reason (their own reason, when the code is "other"). */
  note: Nullable(Type.String()),
});

export const DocumentViewSchema = Type.Object({
  type: stringEnum(DOCUMENT_TYPES),
  uploadId: Type.String({ format: 'uuid' }),
  contentType: Type.String(),
  size: Type.Integer(),
  width: Type.Union([Type.Integer(), Type.Null()]),
  height: Type.Union([Type.Integer(), Type.Null()]),
  /** Where the signed-in viewer fetches the file. */
  url: Type.String(),
});

export const VerifiedIdentitySchema = Type.Union([
  Type.Object({
    name: Type.String(),
    kind: Type.Union([Type.Literal('personal'), Type.Literal('enterprise')]),
    approvedAt: DateTime,
  }),
  Type.Null(),
]);

/** The submitted fields, as the submission body names them (those of the other kind absent). */
const DetailFields = {
  legalName: Type.Optional(Type.String()),
  idType: Type.Optional(stringEnum(ID_TYPES)),
  idNumber: Type.Optional(Type.String()),
  idExpiry: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  companyName: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  registrationNumber: Type.Optional(Type.String()),
  legalRepresentative: Type.Optional(
    Type.Object({ name: Type.String(), idType: stringEnum(ID_TYPES), idNumber: Type.String() }),
  ),
  registeredAddress: Type.Optional(Type.String()),
  bankAccount: Type.Optional(
    Type.Union([
      Type.Object({
        accountName: Type.String(),
        bankName: Type.String(),
        accountNumber: Type.String(),
        branchName: Nullable(Type.String()),
      }),
      Type.Null(),
    ]),
  ),
};

export const VerificationViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('personal'), Type.Literal('enterprise')]),
  status: stringEnum(KYC_STATUSES),
  ...DetailFields,
  documents: Type.Array(DocumentViewSchema),
  /** The latest decision's reasons (empty while pending or when approved). */
  reasons: Type.Array(ReasonViewSchema),
  note: Nullable(Type.String()),
  submittedAt: DateTime,
  decidedAt: Nullable(DateTime),
  /** The merchant's current verified identity (may be an earlier case), for the badge. */
  verified: VerifiedIdentitySchema,
});

export function reasonViews(kind: KycKind, reasons: DecisionReason[], locale: Locale) {
  return reasons.map((reason) => ({
    code: reason.code,
    field: reason.field ?? null,
    label: reasonLabel(reason.code, locale),
    fieldLabel: reason.field ? fieldLabel(kind, reason.field, locale) : null,
    note: reason.note ?? null,
  }));
}

export function verifiedIdentityView(identity: ApprovedIdentity) {
  return identity.verified
    ? { name: identity.name, kind: identity.kind, approvedAt: identity.approvedAt.toISOString() }
    : null;
}

/** A case with its documents and labelled reasons; `documentUrl` differs for merchant and reviewer. */
export async function verificationView(
  db: Executor,
  submission: KycSubmission,
  options: {
    locale: Locale;
    identity: ApprovedIdentity;
    documentUrl: (uploadId: string) => string;
  },
) {
  const documents = await submissionDocuments(db, submission.id);
  const uploads = new Map(
    (
      await findUploadsByIds(
        db,
        documents.map((document) => document.uploadId),
      )
    ).map((upload) => [upload.id, upload]),
  );
  return {
    id: submission.id,
    kind: submission.kind,
    status: submission.status,
    ...submission.details,
    documents: documents.flatMap((document) => {
      const upload = uploads.get(document.uploadId);
      if (!upload) return [];
      return [
        {
          type: document.type,
          uploadId: upload.id,
          contentType: upload.contentType,
          size: upload.size,
          width: upload.width,
          height: upload.height,
          url: options.documentUrl(upload.id),
        },
      ];
    }),
    reasons: reasonViews(submission.kind, submission.reasons, options.locale),
    note: submission.note,
    submittedAt: submission.submittedAt.toISOString(),
    decidedAt: submission.decidedAt?.toISOString() ?? null,
    verified: verifiedIdentityView(options.identity),
  };
}
