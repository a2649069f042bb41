import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Icon } from '../../shell/icons';
import { Field } from '../../ui/Field';
import { UploadActions, UploadBox, UploadPlaceholder } from '../../ui/UploadBox';
import { imageTypes } from './upload';
import { UploadStatus, useFileUpload } from './useFileUpload';
import styles from './Verification.module.css';

/** A document the form will submit: an upload of the merchant's, with what to preview. */
export type DocumentValue = {
  uploadId: string;
  contentType: string;
  /** A local object URL for a file chosen now; the private document URL for one sent before. */
  previewUrl: string;
  fileName?: string;
  size?: number;
};

const pdfType = 'application/pdf';

/**
 * One verification document: choose or drop a file, watch it upload, see it. The type and size
 * are checked here only to save a pointless upload; the server sniffs the bytes and decides.
 */
export function DocumentUpload({
  name,
  label,
  allowPdf = false,
  value,
  onChange,
  error,
  note,
}: {
  name: string;
  label: string;
  allowPdf?: boolean;
  value: DocumentValue | undefined;
  onChange: (value: DocumentValue) => void;
  error?: string | undefined;
  /** Shown above the hint, e.g. what the reviewer asked to change. */
  note?: ReactNode;
}) {
  const { t } = useI18n();
  const accepted: readonly string[] = allowPdf ? [...imageTypes, pdfType] : imageTypes;
  const { progress, problem, onFile, dropZone } = useFileUpload({
    purpose: 'kyc',
    accepted,
    wrongTypeMessage: t(
      allowPdf ? 'verification.upload.typesWithPdf' : 'verification.upload.types',
    ),
    onUploaded: (upload, file, previewUrl) =>
      onChange({
        uploadId: upload.id,
        contentType: upload.contentType,
        previewUrl,
        fileName: file.name,
        size: upload.size,
      }),
  });

  const isPdf = value?.contentType === pdfType;
  const hint = (
    <>
      {note}
      {t(allowPdf ? 'verification.upload.hintWithPdf' : 'verification.upload.hint')}
    </>
  );
  return (
    <Field label={label} hint={hint} error={problem ?? error}>
      {(control) => (
        <UploadBox
          state={progress ? 'uploading' : value ? 'done' : 'empty'}
          dropZone={dropZone}
          testId={`upload-${name}`}
          preview={
            value && !isPdf ? (
              <a href={value.previewUrl} target="_blank" rel="noopener">
                <img src={value.previewUrl} alt={t('verification.upload.preview', { label })} />
              </a>
            ) : (
              <UploadPlaceholder>{isPdf ? 'PDF' : <UploadIcon />}</UploadPlaceholder>
            )
          }
        >
          <UploadStatus
            progress={progress}
            value={value}
            fallbackName={t(isPdf ? 'verification.upload.pdf' : 'verification.upload.image')}
          />
          <UploadActions
            control={control}
            name={name}
            accept={accepted.join(',')}
            onFile={onFile}
            chooseLabel={t(value ? 'verification.upload.replace' : 'verification.upload.choose')}
          >
            {value && isPdf && (
              <a href={value.previewUrl} download className={styles.openPdf}>
                {t('verification.upload.openPdf')}
              </a>
            )}
          </UploadActions>
        </UploadBox>
      )}
    </Field>
  );
}

function UploadIcon() {
  return (
    <Icon>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 16-5-5-9 9" />
    </Icon>
  );
}
