import type { ReactNode } from 'react';

// Line icons drawn on a 24×24 grid; they inherit colour from the text around them. An icon is
// hidden from assistive technology; where it carries meaning (a mark saying "done"), `label`
// says the same in words for screen readers.
export function Icon({
  children,
  size = 20,
  strokeWidth = 1.8,
  label,
}: {
  children: ReactNode;
  /** Pixels, or `1em` to follow the text's size. */
  size?: number | string;
  strokeWidth?: number;
  label?: string | undefined;
}) {
  return (
    <>
      <svg
        className="icon"
        viewBox="0 0 24 24"
        width={size}
        height={size}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        {children}
      </svg>
      {label && <span className="visually-hidden">{label}</span>}
    </>
  );
}

export type IconComponent = () => ReactNode;

export const DashboardIcon = () => (
  <Icon>
    <rect x="3" y="3" width="7" height="9" rx="1.5" />
    <rect x="14" y="3" width="7" height="5" rx="1.5" />
    <rect x="14" y="12" width="7" height="9" rx="1.5" />
    <rect x="3" y="16" width="7" height="5" rx="1.5" />
  </Icon>
);

export const StoreIcon = () => (
  <Icon>
    <path d="M4.5 4h15L21 9H3z" />
    <path d="M3 9a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0" />
    <path d="M5 12v8h14v-8" />
    <path d="M10 20v-4h4v4" />
  </Icon>
);

export const ProductsIcon = () => (
  <Icon>
    <path d="M21 7.5 12 3 3 7.5v9l9 4.5 9-4.5z" />
    <path d="m3 7.5 9 4.5 9-4.5" />
    <path d="M12 12v9" />
  </Icon>
);

export const OrdersIcon = () => (
  <Icon>
    <path d="M6 3h12v18l-3-2-3 2-3-2-3 2z" />
    <path d="M9 8h6M9 12h6M9 16h3" />
  </Icon>
);

export const AccountIcon = () => (
  <Icon>
    <circle cx="12" cy="8" r="4" />
    <path d="M4 21a8 8 0 0 1 16 0" />
  </Icon>
);

export const ReviewIcon = () => (
  <Icon>
    <rect x="5" y="4" width="14" height="17" rx="2" />
    <path d="M9 4V3h6v1" />
    <path d="m9 13 2 2 4-4" />
  </Icon>
);

export const MerchantsIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20a6.5 6.5 0 0 1 13 0" />
    <path d="M16 4.5a3.5 3.5 0 0 1 0 7" />
    <path d="M18 14.2a6.5 6.5 0 0 1 3.5 5.8" />
  </Icon>
);

export const DepositsIcon = () => (
  <Icon>
    <path d="M5 7V6a2 2 0 0 1 2-2h10v3" />
    <rect x="3" y="7" width="18" height="13" rx="2" />
    <path d="M16 13.5h2" />
  </Icon>
);

export const AuditLogIcon = () => (
  <Icon>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <path d="M4 6h.01M4 12h.01M4 18h.01" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
    <circle cx="15" cy="6" r="2" />
    <circle cx="9" cy="12" r="2" />
    <circle cx="17" cy="18" r="2" />
  </Icon>
);

export const SignInIcon = () => (
  <Icon>
    <path d="M15 3h3a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-3" />
    <path d="m10 17 5-5-5-5" />
    <path d="M15 12H4" />
  </Icon>
);

export const SignOutIcon = () => (
  <Icon>
    <path d="M9 21H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h3" />
    <path d="m16 17 5-5-5-5" />
    <path d="M21 12H9" />
  </Icon>
);

export const SoonIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Icon>
);

export const MenuIcon = () => (
  <Icon>
    <path d="M4 6h16M4 12h16M4 18h16" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon>
    <path d="M6 6l12 12M18 6 6 18" />
  </Icon>
);

export const BackIcon = () => (
  <Icon>
    <path d="m15 18-6-6 6-6" />
  </Icon>
);

/** The marks of a checklist, drawn at the size of the text beside them. */
type MarkProps = { label?: string | undefined; size?: number | string };

/** Done, met, included. */
export const CheckIcon = ({ label, size = '1em' }: MarkProps) => (
  <Icon size={size} strokeWidth={2.6} label={label}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </Icon>
);

/** Not met, wrong. */
export const CrossIcon = ({ label, size = '1em' }: MarkProps) => (
  <Icon size={size} strokeWidth={2.6} label={label}>
    <path d="M7 7l10 10M17 7 7 17" />
  </Icon>
);

/** Not decided yet: a point in a list. */
export const DotIcon = ({ label, size = '1em' }: MarkProps) => (
  <Icon size={size} label={label}>
    <circle cx="12" cy="12" r="3.5" fill="currentColor" stroke="none" />
  </Icon>
);

/** Not included. */
export const DashIcon = ({ label, size = '1em' }: MarkProps) => (
  <Icon size={size} strokeWidth={2.6} label={label}>
    <path d="M7 12h10" />
  </Icon>
);

/** The category tree: boxes on branches. */
export const CategoriesIcon = () => (
  <Icon>
    <rect x="3" y="3" width="7" height="6" rx="1.5" />
    <rect x="14" y="9.5" width="7" height="5" rx="1.5" />
    <rect x="14" y="16" width="7" height="5" rx="1.5" />
    <path d="M6.5 9v9.5H14M6.5 12h7.5" />
  </Icon>
);

/** Open or closed branch of a tree: points right, turned down by CSS when open. */
export const ChevronIcon = () => (
  <Icon size="1em" strokeWidth={2.4}>
    <path d="m9 6 6 6-6 6" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon size={16}>
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
  </Icon>
);

export const TableIcon = () => (
  <Icon size={16}>
    <rect x="3" y="4" width="18" height="16" rx="1.5" />
    <path d="M3 10h18M3 15h18M10 4v16" />
  </Icon>
);
