import { create } from 'qrcode';
import { useMemo } from 'react';
import styles from './QrCode.module.css';

/** A QR code as SVG (level M, as authenticator apps read best), with the quiet zone scanners need. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(value, { errorCorrectionLevel: 'M' });
    let drawn = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) {
        if (modules.get(y, x)) drawn += `M${x + 4},${y + 4}h1v1h-1z`;
      }
    }
    return { size: modules.size + 8, path: drawn };
  }, [value]);
  return (
    <svg
      className={styles.code}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <rect width={size} height={size} className={styles.light} />
      <path d={path} className={styles.dark} />
    </svg>
  );
}
