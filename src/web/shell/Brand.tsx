import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/i18n';
import { onOwnPage } from './menuLinks';

/** The product mark and name, with the part of the product the visitor is in. */
export function Brand({ to, context }: { to: '/' | '/dashboard' | '/admin'; context: string }) {
  const t = useT();
  return (
    <Link to={to} activeOptions={onOwnPage} className="brand">
      <span className="brand__mark" aria-hidden="true">
        开
      </span>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__context">{context}</span>
      </span>
    </Link>
  );
}
