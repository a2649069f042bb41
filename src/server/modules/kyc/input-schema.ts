import { type Static, Type } from '@sinclair/typebox';
import { stringEnum } from '../../lib/string-enum.ts';
import { DOCUMENT_TYPES, KYC_KINDS } from './schema.ts';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const ID_TYPES = ['cn_resident_id', 'passport', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/**
 * One body for both kinds, so a bad field is reported by its own name rather than as "matches
 * neither shape"; which fields a kind requires is checked in validate-submission.ts.
 */
export const VerificationInput = Type.Object(
  {
    kind: stringEnum(KYC_KINDS),
    // personal
    legalName: Type.Optional(Text(100)),
    idType: Type.Optional(stringEnum(ID_TYPES)),
    idNumber: Type.Optional(Type.String({ maxLength: 64 })),
    idExpiry: Type.Optional(
      Type.Union([Type.Null(), Type.String({ format: 'date' })], {
        description: 'YYYY-MM-DD; null for an ID card valid long-term (长期)',
      }),
    ),
    // enterprise
    companyName: Type.Optional(Text(200)),
    country: Type.Optional(
      Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2, e.g. CN' }),
    ),
    registrationNumber: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'Unified social credit code when country is CN, else the local number',
      }),
    ),
    legalRepresentative: Type.Optional(
      Type.Object({
        name: Text(100),
        idNumber: Type.String({ maxLength: 64 }),
        idType: Type.Optional(stringEnum(ID_TYPES)),
      }),
    ),
    registeredAddress: Type.Optional(Text(300)),
    bankAccount: Type.Optional(
      Type.Union([
        Type.Null(),
        Type.Object({
          accountName: Text(200),
          bankName: Text(200),
          accountNumber: Type.String({ maxLength: 64 }),
          branchName: Type.Optional(Text(200)),
        }),
      ]),
    ),
    documents: Type.Array(
      Type.Object({ type: stringEnum(DOCUMENT_TYPES), uploadId: Type.String({ format: 'uuid' }) }),
      { maxItems: 3 },
    ),
  },
  {
    description:
      'personal: legalName, idType, idNumber, idExpiry, documents id_front + id_back. ' +
      'enterprise: companyName, country, registrationNumber, legalRepresentative { name, idNumber }, ' +
      'registeredAddress, documents business_license, optional bankAccount.',
  },
);
export type VerificationInput = Static<typeof VerificationInput>;
