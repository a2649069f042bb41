import {
  type ChangeEvent,
  type DragEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import { ApiError } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { isSignedOutError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { useAuth } from '../auth/session';
import { formatBytes, imageTypes, maxUploadBytes, uploadFile } from './upload';

/** A document the form will submit: an upload of the merchant's, with what to preview. */
export type DocumentValue = {
  uploadId: string;
  contentType: string;
  /** A local object URL for a file chosen now; the private document URL for one sent before. */
  previewUrl: string;
  fileName?: string;
  size?: number;
};

type Progress = { fileName: string; fraction: number };

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
  const { t, language } = useI18n();
  const { refresh } = useAuth();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const ownPreview = useRef<string | null>(null);

  // Leaving the page cancels an upload in flight and frees the local preview.
  useEffect(
    () => () => {
      controller.current?.abort();
      if (ownPreview.current) URL.revokeObjectURL(ownPreview.current);
    },
    [],
  );

  const accepted: readonly string[] = allowPdf ? [...imageTypes, pdfType] : imageTypes;

  const send = async (file: File) => {
    setProblem(null);
    if (file.size > maxUploadBytes) {
      setProblem(t('verification.upload.tooLarge', { limit: 10 }));
      return;
    }
    // Some systems give no type (or a vague one); then the server's sniffing decides.
    if (file.type && !accepted.includes(file.type)) {
      setProblem(t(allowPdf ? 'verification.upload.typesWithPdf' : 'verification.upload.types'));
      return;
    }
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress({ fileName: file.name, fraction: 0 });
    try {
      const upload = await uploadFile(file, 'kyc', {
        signal: current.signal,
        onProgress: (fraction) => setProgress({ fileName: file.name, fraction }),
      });
      if (ownPreview.current) URL.revokeObjectURL(ownPreview.current);
      ownPreview.current = URL.createObjectURL(file);
      onChange({
        uploadId: upload.id,
        contentType: upload.contentType,
        previewUrl: ownPreview.current,
        fileName: file.name,
        size: upload.size,
      });
    } catch (caught) {
      if (current.signal.aborted) return;
      if (isSignedOutError(caught)) void refresh();
      setProblem(uploadProblem(caught));
    } finally {
      if (controller.current === current) {
        controller.current = null;
        setProgress(null);
      }
    }
  };

  const uploadProblem = (caught: unknown) => {
    if (!(caught instanceof ApiError)) return t('ui.error.unexpected');
    if (caught.code === 'network.unreachable') return t('ui.error.network');
    if (caught.code.startsWith('http.5')) return t('ui.error.unexpected');
    return caught.message;
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) still counts as a change.
    event.target.value = '';
    if (file) void send(file);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void send(file);
  };

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
        // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the accessible way
        <div
          className="upload"
          data-state={progress ? 'uploading' : value ? 'done' : 'empty'}
          data-dragging={dragging || undefined}
          data-testid={`upload-${name}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <div className="upload__preview">
            {value && !isPdf ? (
              <a href={value.previewUrl} target="_blank" rel="noopener">
                <img src={value.previewUrl} alt={t('verification.upload.preview', { label })} />
              </a>
            ) : (
              <span className="upload__icon" aria-hidden="true">
                {isPdf ? 'PDF' : <UploadIcon />}
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
                  aria-valuenow={Math.round(progress.fraction * 100)}
                >
                  <span
                    className="progress__bar"
                    style={{ width: `${Math.round(progress.fraction * 100)}%` }}
                  />
                </div>
                <p className="upload__meta">
                  {t('verification.upload.uploading', {
                    percent: Math.round(progress.fraction * 100),
                  })}
                </p>
              </>
            ) : value ? (
              <>
                <p className="upload__name">
                  {value.fileName ??
                    t(isPdf ? 'verification.upload.pdf' : 'verification.upload.image')}
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
                name={name}
                accept={accepted.join(',')}
                onChange={onFile}
              />
              <label htmlFor={control.id} className="button button--secondary button--small">
                {t(value ? 'verification.upload.replace' : 'verification.upload.choose')}
              </label>
              {value && isPdf && (
                <a href={value.previewUrl} target="_blank" rel="noopener" className="upload__open">
                  {t('verification.upload.openPdf')}
                </a>
              )}
            </div>
          </div>
        </div>
      )}
    </Field>
  );
}

function UploadIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      width="28"
      height="28"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="2" />
      <path d="m21 16-5-5-9 9" />
    </svg>
  );
}
