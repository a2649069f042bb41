import type { ChangeEvent, DragEvent, ReactNode } from 'react';
import { classes } from './classes';
import type { ControlProps } from './Field';
import styles from './UploadBox.module.css';

/** What a drop zone hook hands the box (features/verification/useFileUpload). */
export type DropZone = {
  'data-dragging': true | undefined;
  onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLDivElement>) => void;
};

/**
 * One file to upload, in a box the file can be dropped on: its `preview` (an image, or an
 * UploadPlaceholder), and beside it `children`: the file's name and state, then UploadActions.
 */
export function UploadBox({
  state,
  dropZone,
  preview,
  testId,
  className,
  previewClassName,
  children,
}: {
  state: 'empty' | 'uploading' | 'done';
  dropZone: DropZone;
  preview: ReactNode;
  testId?: string;
  /** The box's shape (a square logo, a wide banner). */
  className?: string;
  previewClassName?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={classes(styles.box, className)}
      data-state={state}
      data-testid={testId}
      {...dropZone}
    >
      <div className={classes(styles.preview, previewClassName)}>{preview}</div>
      <div className={styles.body}>{children}</div>
    </div>
  );
}

/** In the preview before there is a file: an icon or what the file should be ("1:1", "PDF"). */
export function UploadPlaceholder({ children }: { children: ReactNode }) {
  return (
    <span className={styles.placeholder} aria-hidden="true">
      {children}
    </span>
  );
}

/** The file's name, cut short with an ellipsis. */
export function UploadName({ children }: { children: ReactNode }) {
  return <p className={styles.name}>{children}</p>;
}

/** A line about the file: "Nothing chosen yet", "Uploading… 40%"; `done` ticks it in green. */
export function UploadMeta({ done = false, children }: { done?: boolean; children: ReactNode }) {
  return <p className={classes(styles.meta, done && styles.done)}>{children}</p>;
}

/** How much of the file has gone, as a bar. */
export function UploadProgress({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      className={styles.progress}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span className={styles.bar} style={{ width: `${percent}%` }} />
    </div>
  );
}

/**
 * The box's buttons: the file input (visually hidden, still focusable and labelled by the Field)
 * shown as a "Choose file" button, then `children` (open, remove).
 */
export function UploadActions({
  control,
  name,
  accept,
  onFile,
  chooseLabel,
  children,
}: {
  control: ControlProps;
  name: string;
  accept: string;
  onFile: (event: ChangeEvent<HTMLInputElement>) => void;
  chooseLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className={styles.actions}>
      <input
        {...control}
        className={styles.input}
        type="file"
        name={name}
        accept={accept}
        onChange={onFile}
      />
      <label htmlFor={control.id} className="button button--secondary button--small">
        {chooseLabel}
      </label>
      {children}
    </div>
  );
}
