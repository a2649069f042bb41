import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { countryOptions } from '../../ui/phone';
import { useMerchantAction } from '../auth/useMerchantAction';
import { DocumentUpload, type DocumentValue } from './DocumentUpload';
import { documentLabels, fieldLabels, fieldSentence, idTypeLabels, reasonText } from './display';
import {
  type DecisionReason,
  type DocumentType,
  documentTypesFor,
  type IdType,
  idTypes,
  type Verification,
  type VerificationField,
  type VerificationKind,
} from './types';

type Values = {
  legalName: string;
  idType: IdType;
  idNumber: string;
  idExpiry: string;
  idLongTerm: boolean;
  companyName: string;
  country: string;
  registrationNumber: string;
  representativeName: string;
  representativeIdType: IdType;
  representativeIdNumber: string;
  registeredAddress: string;
  documents: Partial<Record<DocumentType, DocumentValue>>;
};

/** The values typed into a text box. */
type TextKey = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];

/** The previous submission's values, so a resubmission changes only what needs changing. */
function initialValues(previous: Verification | null): Values {
  const documents: Values['documents'] = {};
  for (const document of previous?.documents ?? []) {
    documents[document.type] = {
      uploadId: document.uploadId,
      contentType: document.contentType,
      previewUrl: document.url,
      size: document.size,
    };
  }
  const country = previous?.country ?? 'CN';
  return {
    legalName: previous?.legalName ?? '',
    idType: previous?.idType ?? 'cn_resident_id',
    idNumber: previous?.idNumber ?? '',
    idExpiry: previous?.idExpiry ?? '',
    idLongTerm: previous?.idExpiry === null,
    companyName: previous?.companyName ?? '',
    country,
    registrationNumber: previous?.registrationNumber ?? '',
    representativeName: previous?.legalRepresentative?.name ?? '',
    representativeIdType:
      previous?.legalRepresentative?.idType ?? (country === 'CN' ? 'cn_resident_id' : 'other'),
    representativeIdNumber: previous?.legalRepresentative?.idNumber ?? '',
    registeredAddress: previous?.registeredAddress ?? '',
    documents,
  };
}

/** POST /api/v1/me/verification's body for the merchant's kind. */
function requestBody(kind: VerificationKind, values: Values) {
  const documents = documentTypesFor[kind].flatMap((type) => {
    const document = values.documents[type];
    return document ? [{ type, uploadId: document.uploadId }] : [];
  });
  if (kind === 'personal') {
    return {
      kind,
      legalName: values.legalName.trim(),
      idType: values.idType,
      idNumber: values.idNumber.trim(),
      idExpiry: values.idLongTerm && values.idType !== 'passport' ? null : values.idExpiry,
      documents,
    };
  }
  return {
    kind,
    companyName: values.companyName.trim(),
    country: values.country,
    registrationNumber: values.registrationNumber.trim(),
    legalRepresentative: {
      name: values.representativeName.trim(),
      idType: values.representativeIdType,
      idNumber: values.representativeIdNumber.trim(),
    },
    registeredAddress: values.registeredAddress.trim(),
    documents,
  };
}

/** Fields left empty, each with the field name the server would use. */
function missingFields(kind: VerificationKind, values: Values): VerificationField[] {
  const missing: VerificationField[] = [];
  const need = (field: VerificationField, value: string) => {
    if (!value.trim()) missing.push(field);
  };
  if (kind === 'personal') {
    need('legalName', values.legalName);
    need('idNumber', values.idNumber);
    if (!(values.idLongTerm && values.idType !== 'passport')) need('idExpiry', values.idExpiry);
  } else {
    need('companyName', values.companyName);
    need('registrationNumber', values.registrationNumber);
    need('legalRepresentative.name', values.representativeName);
    need('legalRepresentative.idNumber', values.representativeIdNumber);
    need('registeredAddress', values.registeredAddress);
  }
  for (const type of documentTypesFor[kind]) {
    if (!values.documents[type]) missing.push(`documents.${type}` as VerificationField);
  }
  return missing;
}

const tomorrow = () => {
  const date = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/**
 * The verification form of the merchant's account type (SPEC §3), filled in with the previous
 * submission when there is one, and the fields a reviewer asked to change marked.
 */
export function VerificationForm({
  kind,
  previous,
  requested,
  onSubmitted,
  onCancel,
}: {
  kind: VerificationKind;
  previous: Verification | null;
  /** The reasons of a request for changes that name a field. */
  requested: DecisionReason[];
  onSubmitted: (verification: Verification) => void;
  onCancel?: () => void;
}) {
  const { t, language } = useI18n();
  const [values, setValues] = useState<Values>(() => initialValues(previous));
  const [missing, setMissing] = useState<VerificationField[]>([]);
  const submit = useMerchantAction();
  const countries = useMemo(() => countryOptions(language, t), [language, t]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setDocument = (type: DocumentType, value: DocumentValue) =>
    setValues((current) => ({ ...current, documents: { ...current.documents, [type]: value } }));

  const label = (field: VerificationField) => {
    if (field === 'registrationNumber' && values.country === 'CN') {
      return t('verification.field.creditCode');
    }
    return t(fieldLabels[field]);
  };

  const errorFor = (field: VerificationField) => {
    if (missing.includes(field)) return t('ui.error.required');
    const problem = fieldError(submit.error, field);
    return problem ? fieldSentence(label(field), problem, t) : undefined;
  };

  /** What the reviewer asked to change about this field, said above its hint. */
  const requestNote = (field: VerificationField): ReactNode => {
    const reasons = requested.filter((reason) => reason.field === field);
    if (reasons.length === 0) return null;
    return (
      <span className="requested-note" data-testid={`requested-${field}`}>
        {t('verification.requested', {
          reason: reasons.map((reason) => reasonText(reason, t)).join('; '),
        })}
      </span>
    );
  };
  const isRequested = (field: VerificationField) =>
    requested.some((reason) => reason.field === field) || undefined;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty = missingFields(kind, values);
    setMissing(empty);
    if (empty.length > 0) {
      submit.reset();
      focusFirstProblem();
      return;
    }
    const outcome = await submit.run(() =>
      api.post<Verification>('/me/verification', requestBody(kind, values)),
    );
    if (outcome.ok) onSubmitted(outcome.value);
    else focusFirstProblem();
  };

  const textField = (
    field: VerificationField,
    key: TextKey,
    options: { hint?: ReactNode; autoComplete?: string; uppercase?: boolean; wide?: boolean } = {},
  ) => (
    <div
      className={options.wide ? 'kyc-field kyc-grid__wide' : 'kyc-field'}
      data-requested={isRequested(field)}
    >
      <Field
        label={label(field)}
        hint={
          requestNote(field) || options.hint ? (
            <>
              {requestNote(field)}
              {options.hint}
            </>
          ) : undefined
        }
        error={errorFor(field)}
      >
        {(control) => (
          <input
            {...control}
            className="field__input"
            name={field}
            autoComplete={options.autoComplete ?? 'off'}
            spellCheck={false}
            autoCapitalize={options.uppercase ? 'characters' : undefined}
            value={values[key]}
            onChange={(event) => set(key, event.target.value)}
          />
        )}
      </Field>
    </div>
  );

  const idTypeSelect = (
    name: string,
    value: IdType,
    onChange: (value: IdType) => void,
    fieldLabel: string,
    field?: VerificationField,
  ) => (
    <div className="kyc-field" data-requested={field ? isRequested(field) : undefined}>
      <Field
        label={fieldLabel}
        hint={field ? requestNote(field) || undefined : undefined}
        error={field ? errorFor(field) : undefined}
      >
        {(control) => (
          <select
            {...control}
            className="field__input"
            name={name}
            value={value}
            onChange={(event) => onChange(event.target.value as IdType)}
          >
            {idTypes.map((option) => (
              <option key={option} value={option}>
                {t(idTypeLabels[option])}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );

  const documentField = (type: DocumentType) => {
    const field = `documents.${type}` as VerificationField;
    return (
      <div className="kyc-field" data-requested={isRequested(field)} key={type}>
        <DocumentUpload
          name={type}
          label={t(
            type === 'business_license' ? 'verification.upload.licenceLabel' : documentLabels[type],
          )}
          allowPdf={type === 'business_license'}
          value={values.documents[type]}
          onChange={(value) => setDocument(type, value)}
          error={errorFor(field)}
          note={requestNote(field)}
        />
      </div>
    );
  };

  const serverFields = [
    ...(kind === 'personal'
      ? ['legalName', 'idType', 'idNumber', 'idExpiry']
      : [
          'companyName',
          'country',
          'registrationNumber',
          'legalRepresentative.name',
          'legalRepresentative.idNumber',
          'registeredAddress',
        ]),
    'documents',
  ];
  const longTermAllowed = values.idType !== 'passport';

  return (
    <form className="kyc-form" onSubmit={onSubmit} noValidate data-testid="verification-form">
      <ErrorNotice error={submit.error} fields={serverFields} />
      {missing.length > 0 && (
        <div className="alert alert--error" role="alert">
          {t('ui.error.checkFields')}
        </div>
      )}
      {kind === 'personal' ? (
        <>
          <section className="kyc-section" aria-labelledby="kyc-identity">
            <h2 id="kyc-identity" className="kyc-section__title">
              {t('verification.section.identity')}
            </h2>
            <div className="kyc-grid">
              {textField('legalName', 'legalName', {
                autoComplete: 'name',
                hint: t('verification.hint.legalName'),
              })}
              {idTypeSelect(
                'idType',
                values.idType,
                (value) => set('idType', value),
                t(fieldLabels.idType),
                'idType',
              )}
              {textField('idNumber', 'idNumber', {
                uppercase: true,
                hint:
                  values.idType === 'cn_resident_id'
                    ? t('verification.hint.residentId')
                    : undefined,
              })}
              <div className="kyc-field" data-requested={isRequested('idExpiry')}>
                <Field
                  label={t(fieldLabels.idExpiry)}
                  hint={requestNote('idExpiry') || undefined}
                  error={errorFor('idExpiry')}
                >
                  {(control) => (
                    <div className="kyc-expiry">
                      <input
                        {...control}
                        className="field__input"
                        type="date"
                        name="idExpiry"
                        min={tomorrow()}
                        disabled={values.idLongTerm && longTermAllowed}
                        value={values.idLongTerm && longTermAllowed ? '' : values.idExpiry}
                        onChange={(event) => set('idExpiry', event.target.value)}
                      />
                      {longTermAllowed && (
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            name="idLongTerm"
                            checked={values.idLongTerm}
                            onChange={(event) => set('idLongTerm', event.target.checked)}
                          />
                          <span>{t('verification.longTermOption')}</span>
                        </label>
                      )}
                    </div>
                  )}
                </Field>
              </div>
            </div>
          </section>
          <section className="kyc-section" aria-labelledby="kyc-photos">
            <h2 id="kyc-photos" className="kyc-section__title">
              {t('verification.section.idPhotos')}
            </h2>
            <p className="kyc-section__summary">{t('verification.section.idPhotosSummary')}</p>
            <div className="kyc-grid">{documentTypesFor.personal.map(documentField)}</div>
          </section>
        </>
      ) : (
        <>
          <section className="kyc-section" aria-labelledby="kyc-company">
            <h2 id="kyc-company" className="kyc-section__title">
              {t('verification.section.company')}
            </h2>
            <div className="kyc-grid">
              {textField('companyName', 'companyName', {
                autoComplete: 'organization',
                hint: t('verification.hint.companyName'),
                wide: true,
              })}
              <div className="kyc-field" data-requested={isRequested('country')}>
                <Field
                  label={t(fieldLabels.country)}
                  hint={requestNote('country') || undefined}
                  error={errorFor('country')}
                >
                  {(control) => (
                    <select
                      {...control}
                      className="field__input"
                      name="country"
                      value={values.country}
                      onChange={(event) => {
                        const country = event.target.value;
                        setValues((current) => ({
                          ...current,
                          country,
                          // A mainland company's representative normally holds a resident ID.
                          representativeIdType:
                            country === 'CN' ? 'cn_resident_id' : current.representativeIdType,
                        }));
                      }}
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
              {textField('registrationNumber', 'registrationNumber', {
                uppercase: true,
                hint: t(
                  values.country === 'CN'
                    ? 'verification.hint.creditCode'
                    : 'verification.hint.registrationNumber',
                ),
              })}
              <div
                className="kyc-field kyc-grid__wide"
                data-requested={isRequested('registeredAddress')}
              >
                <Field
                  label={t(fieldLabels.registeredAddress)}
                  hint={
                    <>
                      {requestNote('registeredAddress')}
                      {t('verification.hint.registeredAddress')}
                    </>
                  }
                  error={errorFor('registeredAddress')}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      className="field__input kyc-textarea"
                      name="registeredAddress"
                      rows={2}
                      autoComplete="street-address"
                      value={values.registeredAddress}
                      onChange={(event) => set('registeredAddress', event.target.value)}
                    />
                  )}
                </Field>
              </div>
            </div>
          </section>
          <section className="kyc-section" aria-labelledby="kyc-representative">
            <h2 id="kyc-representative" className="kyc-section__title">
              {t('verification.section.representative')}
            </h2>
            <div className="kyc-grid">
              {textField('legalRepresentative.name', 'representativeName', {
                hint: t('verification.hint.representativeName'),
                wide: true,
              })}
              {idTypeSelect(
                'legalRepresentative.idType',
                values.representativeIdType,
                (value) => set('representativeIdType', value),
                t('verification.field.representativeIdType'),
              )}
              {textField('legalRepresentative.idNumber', 'representativeIdNumber', {
                uppercase: true,
                hint:
                  values.representativeIdType === 'cn_resident_id'
                    ? t('verification.hint.residentId')
                    : undefined,
              })}
            </div>
          </section>
          <section className="kyc-section" aria-labelledby="kyc-licence">
            <h2 id="kyc-licence" className="kyc-section__title">
              {t('verification.section.licence')}
            </h2>
            <p className="kyc-section__summary">{t('verification.section.licenceSummary')}</p>
            {documentField('business_license')}
          </section>
        </>
      )}
      <div className="form-actions kyc-form__actions">
        <button type="submit" className="button button--primary" disabled={submit.busy}>
          {t(
            previous && previous.status !== 'approved'
              ? 'verification.resubmit'
              : 'verification.submit',
          )}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('ui.cancel')}
          </button>
        )}
        <p className="kyc-form__privacy">{t('verification.privacy')}</p>
      </div>
    </form>
  );
}

/** After a refused submission, the first marked field gets the focus (and scrolls into view). */
function focusFirstProblem() {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(
      '.kyc-form [aria-invalid="true"], .kyc-form .alert',
    );
    target?.scrollIntoView({ block: 'center' });
    if (target?.matches('input, select, textarea')) target.focus({ preventScroll: true });
  });
}
