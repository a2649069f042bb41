import { type ChangeEvent, type DragEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { isSignedOutError } from '../../ui/errors';
import { UploadMeta, UploadName, UploadProgress } from '../../ui/UploadBox';
import { useAuth } from '../auth/session';
import { formatBytes, maxUploadBytes, type UploadPurpose, uploadFile } from './upload';

type Progress = { fileName: string; fraction: number };
type Uploaded = Awaited<ReturnType<typeof uploadFile>>;

/**
 * Choose or drop one file, check it, upload it with progress, keep a local preview URL. Shared by
 * the verification documents and the store's logo and banner; each says what it accepts and
 * what it does with the finished upload.
 */
export function useFileUpload(options: {
  purpose: UploadPurpose;
  accepted: readonly string[];
  /** The message when the browser-reported type is not accepted. */
  wrongTypeMessage: string;
  /** A further check before uploading; a message refuses the file. */
  check?: (file: File) => Promise<string | null>;
  onUploaded: (upload: Uploaded, file: File, previewUrl: string) => void;
}) {
  const { t } = useI18n();
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

  const uploadProblem = (caught: unknown) => {
    if (!(caught instanceof ApiError)) return t('ui.error.unexpected');
    if (caught.code === 'network.unreachable') return t('ui.error.network');
    if (caught.code.startsWith('http.5')) return t('ui.error.unexpected');
    return caught.message;
  };

  const send = async (file: File) => {
    setProblem(null);
    if (file.size > maxUploadBytes) {
      setProblem(t('verification.upload.tooLarge', { limit: 10 }));
      return;
    }
    // Some systems give no type (or a vague one); then the server's sniffing decides.
    if (file.type && !options.accepted.includes(file.type)) {
      setProblem(options.wrongTypeMessage);
      return;
    }
    const refusal = options.check ? await options.check(file) : null;
    if (refusal) {
      setProblem(refusal);
      return;
    }
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setProgress({ fileName: file.name, fraction: 0 });
    try {
      const upload = await uploadFile(file, options.purpose, {
        signal: current.signal,
        onProgress: (fraction) => setProgress({ fileName: file.name, fraction }),
      });
      if (ownPreview.current) URL.revokeObjectURL(ownPreview.current);
      ownPreview.current = URL.createObjectURL(file);
      options.onUploaded(upload, file, ownPreview.current);
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

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) still counts as a change.
    event.target.value = '';
    if (file) void send(file);
  };

  // Dropping a file is a shortcut; the file input inside the box is the accessible way.
  const dropZone = {
    'data-dragging': dragging || undefined,
    onDragOver: (event: DragEvent<HTMLDivElement>) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (event: DragEvent<HTMLDivElement>) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (file) void send(file);
    },
  };

  return { progress, problem, onFile, dropZone };
}

/** The upload box's text: the progress bar while sending, then the file, else "nothing yet". */
export function UploadStatus({
  progress,
  value,
  fallbackName,
}: {
  progress: Progress | null;
  value: { fileName?: string | undefined; size?: number | undefined } | null | undefined;
  fallbackName: string;
}) {
  const { t, language } = useI18n();
  if (progress) {
    const percent = Math.round(progress.fraction * 100);
    return (
      <>
        <UploadName>{progress.fileName}</UploadName>
        <UploadProgress percent={percent} label={t('verification.upload.progress')} />
        <UploadMeta>{t('verification.upload.uploading', { percent })}</UploadMeta>
      </>
    );
  }
  if (!value) return <UploadMeta>{t('verification.upload.empty')}</UploadMeta>;
  return (
    <>
      <UploadName>{value.fileName ?? fallbackName}</UploadName>
      <UploadMeta done>
        {value.size
          ? t('verification.upload.doneWithSize', { size: formatBytes(value.size, language) })
          : t('verification.upload.done')}
      </UploadMeta>
    </>
  );
}
