import { useEffect } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/i18n';

/** Sets `document.title` to the given parts, most specific first, then the product name. */
export function usePageTitle(...parts: MessageKey[]): void {
  const t = useT();
  const title = [...parts.map((part) => t(part)), t('app.name')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
