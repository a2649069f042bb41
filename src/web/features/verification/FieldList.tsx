import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DetailEmpty, DetailList, DetailRow } from '../../ui/DetailList';
import { fieldLabels, fieldValue } from './display';
import { type Verification, type VerificationField, verificationFields } from './types';

/**
 * The submitted fields of a verification as label and value (documents are shown apart). `mark`
 * adds a tag beside a field's label: what was asked to change, what changed since.
 */
export function FieldList({
  verification,
  mark,
  className,
}: {
  verification: Verification;
  mark?: (field: VerificationField) => ReactNode;
  className?: string;
}) {
  const { t, language } = useI18n();
  const fields = (verificationFields[verification.kind] as readonly VerificationField[]).filter(
    (field) => !field.startsWith('documents.'),
  );
  return (
    <DetailList className={className}>
      {fields.map((field) => {
        const value = fieldValue(verification, field, language, t);
        // An optional field left out (the bank account) is not worth a row.
        if (!value && field === 'bankAccount') return null;
        const label =
          field === 'registrationNumber' && verification.country === 'CN'
            ? t('verification.field.creditCode')
            : t(fieldLabels[field]);
        return (
          <DetailRow
            key={field}
            data-field={field}
            label={
              <>
                {label}
                {mark?.(field)}
              </>
            }
          >
            {value || <DetailEmpty />}
          </DetailRow>
        );
      })}
    </DetailList>
  );
}
