import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

/**
 * "Are you sure?" before something that cannot be undone (delete a category, archive a product):
 * what it does, the button that does it and Cancel; a refusal is shown inside, where it was asked.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  busy,
  failure,
  onConfirm,
  onClose,
}: {
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  busy: boolean;
  failure: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <div className="dialog__form">
        <ErrorNotice error={failure} />
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            onClick={onConfirm}
            disabled={busy}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
