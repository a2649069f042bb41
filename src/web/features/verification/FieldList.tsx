import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldLabels, fieldValue } from './display';
import { type Verification, type VerificationField, verificationFields } from './types';

/**
 * The submitted fields of a verification as label and value (documents are shown apart). `mark`
 * adds a tag beside a field's label: what was asked to change, what changed since.
 */
export function FieldList({
  verification,
  mark,
}: {
  verification: Verification;
  mark?: (field: VerificationField) => ReactNode;
}) {
  const { t, language } = useI18n();
  const fields = (verificationFields[verification.kind] as readonly VerificationField[]).filter(
    (field) => !field.startsWith('documents.'),
  );
  return (
    <dl className="field-list">
      {fields.map((field) => {
        const value = fieldValue(verification, field, language, t);
        // An optional field left out (the bank account) is not worth a row.
        if (!value && field === 'bankAccount') return null;
        const label =
          field === 'registrationNumber' && verification.country === 'CN'
            ? t('verification.field.creditCode')
            : t(fieldLabels[field]);
        return (
          <div key={field} className="field-list__row" data-field={field}>
            <dt>
              {label}
              {mark?.(field)}
            </dt>
            <dd>{value || <span className="field-list__empty">—</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
