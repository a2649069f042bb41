import { Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { AdminLoginPage } from './features/admin/AdminLoginPage';
import { AuditLogPage } from './features/admin/AuditLogPage';
import { ConsoleHome, ConsoleNotFound, RequireOperator } from './features/admin/guards';
import { OperatorsPage } from './features/admin/OperatorsPage';
import { OperatorAuthProvider } from './features/admin/session';
import { VerificationCasePage } from './features/admin/VerificationCasePage';
import { VerificationQueuePage } from './features/admin/VerificationQueuePage';
import { CategoriesPage } from './features/admin-categories/CategoriesPage';
import { GrowthPage } from './features/admin-growth/GrowthPage';
import { MerchantsPage } from './features/admin-merchants/MerchantsPage';
import { BannedWordsPage } from './features/admin-products/BannedWordsPage';
import { ModerationCasePage } from './features/admin-products/ModerationCasePage';
import { ModerationQueuePage } from './features/admin-products/ModerationQueuePage';
import { SettingsPage } from './features/admin-settings/SettingsPage';
import { PaymentSettingsPage } from './features/admin-stores/PaymentSettingsPage';
import { PaymentsQueuePage } from './features/admin-stores/PaymentsQueuePage';
import { StoreTypesPage } from './features/admin-stores/StoreTypesPage';
import { moderationCaseRoute, verificationCaseRoute } from './routes';
import { AdminLayout } from './shell/AdminLayout';
import { ComingSoonPage } from './shell/ComingSoonPage';

// The operator console's pages, one chunk loaded on demand by the route tree (routes.tsx).

/** /admin and everything under it: one session for sign-in and the pages behind it. */
export function ConsoleRoot() {
  return (
    <OperatorAuthProvider>
      <Outlet />
    </OperatorAuthProvider>
  );
}

/** Every console page but the sign-in: the frame, for a signed-in operator only. */
export function OperatorFrame({ children }: { children?: ReactNode }) {
  return (
    <RequireOperator>
      <AdminLayout>{children ?? <Outlet />}</AdminLayout>
    </RequireOperator>
  );
}

/** An unknown console address, inside the console's frame. */
export function ConsoleNotFoundPage() {
  return (
    <OperatorFrame>
      <ConsoleNotFound />
    </OperatorFrame>
  );
}

const caseIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function VerificationCaseRoute() {
  const { caseId } = verificationCaseRoute.useParams();
  if (!caseIdPattern.test(caseId)) return <ConsoleNotFound />;
  return <VerificationCasePage key={caseId} id={caseId} />;
}

export function ModerationCaseRoute() {
  const { productId } = moderationCaseRoute.useParams();
  if (!caseIdPattern.test(productId)) return <ConsoleNotFound />;
  return <ModerationCasePage key={productId} id={productId} />;
}

export function DepositsComingSoon() {
  return (
    <ComingSoonPage
      title="admin.nav.deposits"
      summary="admin.deposits.summary"
      scope="app.console"
    />
  );
}

export {
  AdminLoginPage,
  AuditLogPage,
  BannedWordsPage,
  CategoriesPage,
  ConsoleHome,
  ConsoleNotFound,
  GrowthPage,
  MerchantsPage,
  ModerationQueuePage,
  OperatorsPage,
  PaymentSettingsPage,
  PaymentsQueuePage,
  SettingsPage,
  StoreTypesPage,
  VerificationQueuePage,
};
