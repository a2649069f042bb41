import { useT } from '../i18n/i18n';

/** "Send code" / "Send a new code", disabled with a countdown while the server would refuse. */
export function ResendButton({
  secondsLeft,
  busy,
  onClick,
  sent,
  className = 'button button--secondary',
}: {
  secondsLeft: number;
  busy?: boolean;
  onClick: () => void;
  /** Whether a code was sent already: the label then offers a new one. */
  sent: boolean;
  className?: string;
}) {
  const t = useT();
  const waiting = secondsLeft > 0;
  return (
    <button
      type="button"
      className={className}
      disabled={waiting || busy}
      aria-busy={busy || undefined}
      onClick={onClick}
    >
      {waiting
        ? t('ui.code.resendIn', { seconds: secondsLeft })
        : t(sent ? 'ui.code.resend' : 'ui.code.send')}
    </button>
  );
}
