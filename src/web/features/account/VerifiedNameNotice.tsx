import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import type { Account } from '../auth/account';
import { useAuth } from '../auth/session';
import { useMerchantVerification } from '../verification/verificationState';
import styles from './Account.module.css';

/** Names compare as the server compares them (stores/eligibility.ts): NFKC, case and spaces aside. */
export function sameName(a: string, b: string): boolean {
  const comparable = (name: string) =>
    name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return comparable(a) === comparable(b);
}

/** The verified legal or company name, when the saved real name differs from it. */
export function useVerifiedNameMismatch(account: Account): string | null {
  const verified = useMerchantVerification(account.id)?.verified?.name ?? null;
  if (!verified || sameName(account.realName ?? '', verified)) return null;
  return verified;
}

/**
 * The saved name is not the verified one, so a store cannot open: say so, naming the verified
 * name, and take it over in one click.
 */
export function VerifiedNameNotice({
  account,
  verifiedName,
  onAdopted,
}: {
  account: Account;
  verifiedName: string;
  onAdopted?: (account: Account) => void;
}) {
  const t = useT();
  const auth = useAuth();
  const adopt = $api.useMutation('patch', '/api/v1/me');
  const enterprise = account.accountType === 'enterprise';

  const takeVerifiedName = async () => {
    const updated = await adopt.mutateAsync({ body: { realName: verifiedName } });
    auth.signedIn(updated);
    onAdopted?.(updated);
  };

  return (
    <div className={styles.nameMismatch} role="status" data-testid="verified-name-mismatch">
      <p className={styles.nameMismatchText}>
        {t(
          account.realName
            ? enterprise
              ? 'account.verifiedName.mismatch.enterprise'
              : 'account.verifiedName.mismatch.personal'
            : 'account.verifiedName.missing',
          { name: account.realName ?? '', verified: verifiedName },
        )}
      </p>
      <ErrorNotice error={adopt.error} />
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={adopt.isPending}
        onClick={() => void takeVerifiedName().catch(() => undefined)}
      >
        {t('account.verifiedName.use')}
      </button>
    </div>
  );
}
