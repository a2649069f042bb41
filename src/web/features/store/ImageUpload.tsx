import '../verification/verification.css';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
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
 * (a wrong one is not uploaded at all), then uploaded with its purpose; the shared upload box of
 * the verification documents shows the progress.
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
        <div
          className={`upload ${styles[purpose]}`}
          data-state={progress ? 'uploading' : value ? 'done' : 'empty'}
          data-testid={`upload-${purpose}`}
          {...dropZone}
        >
          <div className={`upload__preview ${styles.preview}`}>
            {value ? (
              <img src={value.previewUrl} alt={t('verification.upload.preview', { label })} />
            ) : (
              <span className="upload__icon" aria-hidden="true">
                {purpose === 'logo' ? '1:1' : '2:1'}
              </span>
            )}
          </div>
          <div className="upload__body">
            <UploadStatus
              progress={progress}
              value={value}
              fallbackName={t('store.design.savedImage', { label })}
            />
            <div className="upload__actions">
              <input
                {...control}
                className="upload__input"
                type="file"
                name={purpose}
                accept={imageTypes.join(',')}
                onChange={onFile}
              />
              <label htmlFor={control.id} className="button button--secondary button--small">
                {t(value ? 'verification.upload.replace' : 'verification.upload.choose')}
              </label>
              {value && !progress && (
                <button type="button" className="link-button" onClick={() => onChange(null)}>
                  {t('store.design.removeImage')}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
    </Field>
  );
}
