import { type ReactNode, useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { countryOptions } from '../../ui/phone';
import { DocumentUpload } from './DocumentUpload';
import { documentLabels, fieldLabels } from './display';
import { isLongTerm } from './formValues';
import { KycIdType, type KycKit, KycText } from './kycKit';
import { type DocumentType, documentTypesFor, type VerificationField } from './types';
import styles from './Verification.module.css';

const tomorrow = () => {
  const date = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** One part of the form: a titled section, its summary, and its fields laid out in a grid. */
function KycSection({
  id,
  title,
  summary,
  grid = true,
  children,
}: {
  id: string;
  title: string;
  summary?: string;
  grid?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle}>
        {title}
      </h2>
      {summary && <p className={styles.sectionSummary}>{summary}</p>}
      {grid ? <div className={styles.grid}>{children}</div> : children}
    </section>
  );
}

/** One document to upload, required. */
function KycDocument({ kit, type }: { kit: KycKit; type: DocumentType }) {
  const { t } = useI18n();
  const field = `documents.${type}` as const;
  return (
    <div className={styles.field} data-requested={kit.isRequested(field)}>
      <Controller
        control={kit.form.control}
        name={field}
        rules={{ validate: (value) => value !== undefined || t('ui.error.required') }}
        render={({ field: document }) => (
          <DocumentUpload
            name={type}
            label={t(
              type === 'business_license'
                ? 'verification.upload.licenceLabel'
                : documentLabels[type],
            )}
            allowPdf={type === 'business_license'}
            value={document.value}
            onChange={document.onChange}
            error={kit.errorOf(field)}
            note={kit.requestNote(field)}
          />
        )}
      />
    </div>
  );
}

/** A person's identity and the photos of their ID. */
export function PersonalFields({ kit }: { kit: KycKit }) {
  const { t } = useI18n();
  const [idType, idLongTerm] = useWatch({
    control: kit.form.control,
    name: ['idType', 'idLongTerm'],
  });
  const longTermAllowed = idType !== 'passport';
  const longTerm = isLongTerm({ idType, idLongTerm });
  return (
    <>
      <KycSection id="kyc-identity" title={t('verification.section.identity')}>
        <KycText
          kit={kit}
          field="legalName"
          autoComplete="name"
          hint={t('verification.hint.legalName')}
        />
        <KycIdType kit={kit} name="idType" label={t(fieldLabels.idType)} field="idType" />
        <KycText
          kit={kit}
          field="idNumber"
          uppercase
          hint={idType === 'cn_resident_id' ? t('verification.hint.residentId') : undefined}
        />
        <div className={styles.field} data-requested={kit.isRequested('idExpiry')}>
          <Field
            label={t(fieldLabels.idExpiry)}
            hint={kit.requestNote('idExpiry') || undefined}
            error={kit.errorOf('idExpiry')}
          >
            {(control) => (
              <div className={styles.expiry}>
                <Controller
                  control={kit.form.control}
                  name="idExpiry"
                  rules={{
                    validate: (value, values) =>
                      isLongTerm(values) || value.trim() !== '' || t('ui.error.required'),
                  }}
                  render={({ field }) => (
                    <input
                      {...control}
                      className="field__input"
                      type="date"
                      name={field.name}
                      ref={field.ref}
                      min={tomorrow()}
                      disabled={longTerm}
                      value={longTerm ? '' : field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                    />
                  )}
                />
                {longTermAllowed && (
                  <label className="checkbox">
                    <input type="checkbox" {...kit.form.register('idLongTerm')} />
                    <span>{t('verification.longTermOption')}</span>
                  </label>
                )}
              </div>
            )}
          </Field>
        </div>
      </KycSection>
      <KycSection
        id="kyc-photos"
        title={t('verification.section.idPhotos')}
        summary={t('verification.section.idPhotosSummary')}
      >
        {documentTypesFor.personal.map((type) => (
          <KycDocument key={type} kit={kit} type={type} />
        ))}
      </KycSection>
    </>
  );
}

/** A company's registration, its legal representative and its business licence. */
export function EnterpriseFields({ kit }: { kit: KycKit }) {
  const { t, language } = useI18n();
  const countries = useMemo(() => countryOptions(language, t), [language, t]);
  const [country, representativeIdType] = useWatch({
    control: kit.form.control,
    name: ['country', 'legalRepresentative.idType'],
  });
  const field: VerificationField = 'country';
  return (
    <>
      <KycSection id="kyc-company" title={t('verification.section.company')}>
        <KycText
          kit={kit}
          field="companyName"
          autoComplete="organization"
          hint={t('verification.hint.companyName')}
          wide
        />
        <div className={styles.field} data-requested={kit.isRequested(field)}>
          <Field
            label={t(fieldLabels.country)}
            hint={kit.requestNote(field) || undefined}
            error={kit.errorOf(field)}
          >
            {(control) => (
              <select
                {...control}
                className="field__input"
                {...kit.form.register('country', {
                  // A mainland company's representative normally holds a resident ID.
                  onChange: (event: { target: { value: string } }) => {
                    if (event.target.value === 'CN') {
                      kit.form.setValue('legalRepresentative.idType', 'cn_resident_id');
                    }
                  },
                })}
              >
                <optgroup label={t('ui.phone.common')}>
                  {countries.common.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('ui.phone.all')}>
                  {countries.all.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </Field>
        </div>
        <KycText
          kit={kit}
          field="registrationNumber"
          uppercase
          hint={t(
            country === 'CN'
              ? 'verification.hint.creditCode'
              : 'verification.hint.registrationNumber',
          )}
        />
        <KycText
          kit={kit}
          field="registeredAddress"
          autoComplete="street-address"
          hint={t('verification.hint.registeredAddress')}
          wide
          multiline
        />
      </KycSection>
      <KycSection id="kyc-representative" title={t('verification.section.representative')}>
        <KycText
          kit={kit}
          field="legalRepresentative.name"
          hint={t('verification.hint.representativeName')}
          wide
        />
        <KycIdType
          kit={kit}
          name="legalRepresentative.idType"
          label={t('verification.field.representativeIdType')}
        />
        <KycText
          kit={kit}
          field="legalRepresentative.idNumber"
          uppercase
          hint={
            representativeIdType === 'cn_resident_id'
              ? t('verification.hint.residentId')
              : undefined
          }
        />
      </KycSection>
      <KycSection
        id="kyc-licence"
        title={t('verification.section.licence')}
        summary={t('verification.section.licenceSummary')}
        grid={false}
      >
        <KycDocument kit={kit} type="business_license" />
      </KycSection>
    </>
  );
}
