import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { UploadActions, UploadBox, UploadPlaceholder } from '../../ui/UploadBox';
import { imageTypes } from '../verification/upload';
import { UploadStatus, useFileUpload } from '../verification/useFileUpload';
import styles from './ImageUpload.module.css';

/** A store image the design will point at: the upload, and what to preview it with. */
export type ImageValue = { uploadId: string; previewUrl: string; fileName?: string; size?: number };

type Purpose = 'logo' | 'banner';

/** SPEC §5, as the server checks them when the design is saved. */
const requirements: Record<Purpose, (width: number, height: number) => boolean> = {
  logo: (width, height) =>
    Math.min(width, height) >= 200 && Math.abs(width - height) / Math.max(width, height) <= 0.02,
  banner: (width, height) => width >= 1200 && width >= 2 * height,
};

async function imageSize(file: File): Promise<{ width: number; height: number } | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    // A format the browser cannot decode: the server reads it and decides.
    return null;
  }
}

/**
 * The store's logo or banner: choose or drop an image, see it. Its shape is checked here first
 * (a wrong one is not uploaded at all), then uploaded with its purpose; the shared UploadBox
 * (the verification documents' too) shows the progress.
 */
export function ImageUpload({
  purpose,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  purpose: Purpose;
  label: string;
  hint: string;
  value: ImageValue | null;
  onChange: (value: ImageValue | null) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const { progress, problem, onFile, dropZone } = useFileUpload({
    purpose,
    accepted: imageTypes,
    wrongTypeMessage: t('verification.upload.types'),
    // A wrong shape is refused here, before a pointless upload; the server checks it again.
    check: async (file) => {
      const size = await imageSize(file);
      if (!size || requirements[purpose](size.width, size.height)) return null;
      return t(
        purpose === 'logo' ? 'store.design.logo.wrongShape' : 'store.design.banner.wrongShape',
        size,
      );
    },
    onUploaded: (upload, file, previewUrl) =>
      onChange({ uploadId: upload.id, previewUrl, fileName: file.name, size: upload.size }),
  });

  return (
    <Field label={label} hint={hint} error={problem ?? error}>
      {(control) => (
        <UploadBox
          state={progress ? 'uploading' : value ? 'done' : 'empty'}
          dropZone={dropZone}
          testId={`upload-${purpose}`}
          className={styles[purpose]}
          previewClassName={styles.preview}
          preview={
            value ? (
              <img src={value.previewUrl} alt={t('verification.upload.preview', { label })} />
            ) : (
              <UploadPlaceholder>{purpose === 'logo' ? '1:1' : '2:1'}</UploadPlaceholder>
            )
          }
        >
          <UploadStatus
            progress={progress}
            value={value}
            fallbackName={t('store.design.savedImage', { label })}
          />
          <UploadActions
            control={control}
            name={purpose}
            accept={imageTypes.join(',')}
            onFile={onFile}
            chooseLabel={t(value ? 'verification.upload.replace' : 'verification.upload.choose')}
          >
            {value && !progress && (
              <button type="button" className="link-button" onClick={() => onChange(null)}>
                {t('store.design.removeImage')}
              </button>
            )}
          </UploadActions>
        </UploadBox>
      )}
    </Field>
  );
}
