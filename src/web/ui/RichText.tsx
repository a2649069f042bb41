import { Fragment, type ReactNode } from 'react';

/**
 * A translated message whose `{placeholders}` are elements rather than strings (an address in
 * bold, a link): pass `t(key)` without values, then the elements here.
 */
export function RichText({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) =>
        // Odd indexes are placeholder names (the split keeps the captured group).
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never reorder
          <Fragment key={index}>{part in values ? values[part] : `{${part}}`}</Fragment>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** An e-mail address or phone number inside a sentence. */
export const Address = ({ children }: { children: ReactNode }) => (
  <strong className="address">{children}</strong>
);
