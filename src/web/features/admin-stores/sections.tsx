import { Icon } from '../../shell/icons';
import { holdsAny, type Operator } from '../admin/operator';
import type { ConsoleSection } from '../admin/sections';

export const PaymentsIcon = () => (
  <Icon>
    <rect x="3" y="6" width="18" height="13" rx="2" />
    <path d="M3 10h18" />
    <path d="m14 15 1.5 1.5L19 13" />
  </Icon>
);

export const StoreTypesIcon = () => (
  <Icon>
    <path d="M4 7.5 12 3l8 4.5-8 4.5z" />
    <path d="m4 12 8 4.5 8-4.5" />
    <path d="m4 16.5 8 4.5 8-4.5" />
  </Icon>
);

export const PaymentSettingsIcon = () => (
  <Icon>
    <path d="M3 10 12 4l9 6" />
    <path d="M5 10v8M9.5 10v8M14.5 10v8M19 10v8" />
    <path d="M3 20h18" />
  </Icon>
);

/** The console's store sections, with the roles each needs (as the API enforces them). */
export const paymentsSection: ConsoleSection = {
  path: '/admin/payments',
  label: 'adminStores.nav.payments',
  Icon: PaymentsIcon,
  roles: ['finance', 'admin'],
};

const configurationSections: readonly ConsoleSection[] = [
  {
    path: '/admin/store-types',
    label: 'adminStores.nav.storeTypes',
    Icon: StoreTypesIcon,
    roles: ['admin'],
  },
  {
    path: '/admin/payment-settings',
    label: 'adminStores.nav.paymentSettings',
    Icon: PaymentSettingsIcon,
    roles: ['admin'],
  },
];

/**
 * The sidebar with the store sections in their places: the transfers queue after the deposits,
 * the store configuration before the general settings (where a section is missing, they go where
 * it would have been: before the settings, or at the end).
 */
export function withStoreSections(
  sections: readonly ConsoleSection[],
  operator: Operator | null,
): ConsoleSection[] {
  const allowed = (section: ConsoleSection) => !!operator && holdsAny(operator, section.roles);
  const result = [...sections];
  const indexOf = (path: string) => result.findIndex((section) => section.path === path);
  const insert = (added: readonly ConsoleSection[], index: number) =>
    result.splice(index < 0 ? result.length : index, 0, ...added.filter(allowed));
  const deposits = indexOf('/admin/deposits');
  insert([paymentsSection], deposits < 0 ? indexOf('/admin/settings') : deposits + 1);
  insert(configurationSections, indexOf('/admin/settings'));
  return result;
}
