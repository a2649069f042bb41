import '../verification/verification.css';
import { type ChangeEvent, type DragEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { isSignedOutError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useAuth } from '../auth/session';
import { formatBytes, imageTypes, maxUploadBytes, uploadFile } from '../verification/upload';

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
  const { t, language } = useI18n();
  const { refresh } = useAuth();
  const [progress, setProgress] = useState<{ fileName: string; fraction: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const ownPreview = useRef<string | null>(null);

  useEffect(
    () => () => {
      controller.current?.abort();
      if (ownPreview.current) URL.revokeObjectURL(ownPreview.current);
    },
    [],
  );

  const send = async (file: File) => {
    setProblem(null);
    if (file.size > maxUploadBytes) {
      setProblem(t('verification.upload.tooLarge', { limit: 10 }));
      return;
    }
    if (file.type && !(imageTypes as readonly string[]).includes(file.type)) {
      setProblem(t('verification.upload.types'));
      return;
    }
    const size = await imageSize(file);
    if (size && !requirements[purpose](size.width, size.height)) {
      setProblem(
        t(purpose === 'logo' ? 'store.design.logo.wrongShape' : 'store.design.banner.wrongShape', {
          width: size.width,
          height: size.height,
        }),
      );
      return;
    }
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress({ fileName: file.name, fraction: 0 });
    try {
      const upload = await uploadFile(file, purpose, {
        signal: current.signal,
        onProgress: (fraction) => setProgress({ fileName: file.name, fraction }),
      });
      if (ownPreview.current) URL.revokeObjectURL(ownPreview.current);
      ownPreview.current = URL.createObjectURL(file);
      onChange({
        uploadId: upload.id,
        previewUrl: ownPreview.current,
        fileName: file.name,
        size: upload.size,
      });
    } catch (caught) {
      if (current.signal.aborted) return;
      if (isSignedOutError(caught)) void refresh();
      setProblem(
        caught instanceof ApiError && !caught.code.startsWith('http.5') && caught.status !== 0
          ? caught.message
          : t(
              caught instanceof ApiError && caught.status === 0
                ? 'ui.error.network'
                : 'ui.error.unexpected',
            ),
      );
    } finally {
      if (controller.current === current) {
        controller.current = null;
        setProgress(null);
      }
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void send(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void send(file);
  };

  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <Field label={label} hint={hint} error={problem ?? error}>
      {(control) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the accessible way
        <div
          className={`upload image-upload image-upload--${purpose}`}
          data-state={progress ? 'uploading' : value ? 'done' : 'empty'}
          data-dragging={dragging || undefined}
          data-testid={`upload-${purpose}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <div className="upload__preview image-upload__preview">
            {value ? (
              <img src={value.previewUrl} alt={t('verification.upload.preview', { label })} />
            ) : (
              <span className="upload__icon" aria-hidden="true">
                {purpose === 'logo' ? '1:1' : '2:1'}
              </span>
            )}
          </div>
          <div className="upload__body">
            {progress ? (
              <>
                <p className="upload__name">{progress.fileName}</p>
                <div
                  className="progress upload__progress"
                  role="progressbar"
                  aria-label={t('verification.upload.progress')}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={percent}
                >
                  <span className="progress__bar" style={{ width: `${percent}%` }} />
                </div>
                <p className="upload__meta">{t('verification.upload.uploading', { percent })}</p>
              </>
            ) : value ? (
              <>
                <p className="upload__name">
                  {value.fileName ?? t('store.design.savedImage', { label })}
                </p>
                <p className="upload__meta upload__meta--ok">
                  {value.size
                    ? t('verification.upload.doneWithSize', {
                        size: formatBytes(value.size, language),
                      })
                    : t('verification.upload.done')}
                </p>
              </>
            ) : (
              <p className="upload__meta">{t('verification.upload.empty')}</p>
            )}
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
