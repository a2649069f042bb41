import { useT } from '../../i18n/i18n';
import { ResendButton } from '../../ui/ResendButton';
import type { useCodeSender } from '../../ui/useCodeSender';
import styles from './auth.module.css';

/** Under a code form: go back to change the address, or have a new code sent (with countdown). */
export function CodeStepActions({
  sender,
  onChangeAddress,
  onResend,
}: {
  sender: ReturnType<typeof useCodeSender>;
  onChangeAddress: () => void;
  onResend: () => void;
}) {
  const t = useT();
  return (
    <div className={styles.row}>
      <button type="button" className="link-button" onClick={onChangeAddress}>
        {t('auth.code.change')}
      </button>
      <ResendButton
        sent
        secondsLeft={sender.secondsLeft}
        busy={sender.busy}
        onClick={onResend}
        className="link-button"
      />
    </div>
  );
}
