import { useMemo } from 'react';
import { encodeQr } from './qr';

/** A QR code as SVG, with the four-module quiet zone scanners need. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const modules = useMemo(() => encodeQr(value), [value]);
  const size = modules.length + 8;
  let path = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + 4},${y + 4}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="totp-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
