import type { MessageKey } from '../../i18n/en';
import {
  AuditLogIcon,
  CategoriesIcon,
  DepositsIcon,
  type IconComponent,
  MerchantsIcon,
  ProductsIcon,
  ReviewIcon,
  SettingsIcon,
} from '../../shell/icons';
import { pendingModeration } from '../admin-products/sectionBadge';
import { holdsAny, type Operator, type OperatorRole } from './operator';
import { pendingReviews } from './sectionBadges';

export const OperatorsIcon = () => (
  <svg
    className="icon"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.8"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5" />
    <path d="M17.5 4.5 21 6v3c0 2.4-1.5 4.2-3.5 5-2-.8-3.5-2.6-3.5-5V6z" />
  </svg>
);

export type ConsoleSection = {
  path: string;
  label: MessageKey;
  Icon: IconComponent;
  /** Who may use it: any of these roles; everyone when empty. */
  roles: readonly OperatorRole[];
  /** A queue's count of what waits, shown on the menu. */
  badge?: (signal: AbortSignal) => Promise<number>;
};

/** The console's sections, in sidebar order, with the roles each needs (as the API enforces). */
export const consoleSections: readonly ConsoleSection[] = [
  {
    path: '/admin/verifications',
    label: 'admin.nav.reviews',
    Icon: ReviewIcon,
    roles: ['reviewer'],
    badge: pendingReviews,
  },
  {
    path: '/admin/products',
    label: 'moderation.nav',
    Icon: ProductsIcon,
    roles: ['reviewer'],
    badge: pendingModeration,
  },
  { path: '/admin/merchants', label: 'admin.nav.merchants', Icon: MerchantsIcon, roles: [] },
  { path: '/admin/deposits', label: 'admin.nav.deposits', Icon: DepositsIcon, roles: ['finance'] },
  { path: '/admin/operators', label: 'admin.nav.operators', Icon: OperatorsIcon, roles: ['admin'] },
  { path: '/admin/audit-log', label: 'admin.nav.auditLog', Icon: AuditLogIcon, roles: ['admin'] },
  {
    path: '/admin/categories',
    label: 'categories.title',
    Icon: CategoriesIcon,
    roles: ['admin'],
  },
  {
    path: '/admin/banned-words',
    label: 'moderation.bannedWords.nav',
    Icon: ReviewIcon,
    roles: ['admin'],
  },
  { path: '/admin/settings', label: 'admin.nav.settings', Icon: SettingsIcon, roles: ['admin'] },
];

export const sectionsFor = (operator: Operator | null) =>
  operator ? consoleSections.filter((section) => holdsAny(operator, section.roles)) : [];

/** Where `/admin` takes an operator: the first section of one of their duties. */
export function homeSectionFor(operator: Operator): string {
  const own = consoleSections.find(
    (section) => section.roles.length > 0 && holdsAny(operator, section.roles),
  );
  return own?.path ?? '/admin/merchants';
}

/** The section a console path belongs to (a case page belongs to the review queue). */
export const isInSection = (path: string, section: ConsoleSection) =>
  path === section.path || path.startsWith(`${section.path}/`);
