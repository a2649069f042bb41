import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/i18n';
import { CloseIcon } from '../shell/icons';

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside, Escape closes
 * it, and the page behind is inert. Rendered only while open.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 className="dialog__title" id={`${id}-title`}>
          {title}
        </h2>
        <button
          type="button"
          className="dialog__close"
          aria-label={t('ui.close')}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </div>
      {description && (
        <p className="dialog__description" id={`${id}-description`}>
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}
