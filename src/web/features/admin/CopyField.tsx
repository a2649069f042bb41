import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import styles from './CopyField.module.css';

/** A read-only value with a copy button (the clipboard API, else the browser's copy command). */
export function CopyField({
  label,
  value,
  multiline = false,
  name,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  name: string;
}) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Plain http on a LAN address has no clipboard API; selecting and copying still works.
      ref.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };

  const common = {
    id,
    ref,
    name,
    readOnly: true,
    value,
    className: `field__input ${styles.input} mono`,
    onFocus: () => ref.current?.select(),
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className={styles.row}>
        {multiline ? <textarea {...common} rows={3} spellCheck={false} /> : <input {...common} />}
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t(copied ? 'console.copied' : 'console.copy')}
        </button>
      </div>
    </div>
  );
}
