import type { ReactNode } from 'react';
import { AdminLoginPage } from './features/admin/AdminLoginPage';
import { AuditLogPage } from './features/admin/AuditLogPage';
import { ConsoleHome, ConsoleNotFound, RequireOperator } from './features/admin/guards';
import { OperatorsPage } from './features/admin/OperatorsPage';
import { OperatorAuthProvider } from './features/admin/session';
import { caseIdOf, VerificationCasePage } from './features/admin/VerificationCasePage';
import { VerificationQueuePage } from './features/admin/VerificationQueuePage';
import { GrowthPage } from './features/admin-growth/GrowthPage';
import { MerchantsPage } from './features/admin-merchants/MerchantsPage';
import { SettingsPage } from './features/admin-settings/SettingsPage';
import { PaymentSettingsPage } from './features/admin-stores/PaymentSettingsPage';
import { PaymentsQueuePage } from './features/admin-stores/PaymentsQueuePage';
import { StoreTypesPage } from './features/admin-stores/StoreTypesPage';
import { AdminLayout } from './shell/AdminLayout';
import { ComingSoonPage } from './shell/ComingSoonPage';

const adminPages: Record<string, ReactNode> = {
  '/admin': <ConsoleHome />,
  '/admin/verifications': <VerificationQueuePage />,
  '/admin/operators': <OperatorsPage />,
  '/admin/merchants': <MerchantsPage />,
  '/admin/growth': <GrowthPage />,
  '/admin/deposits': (
    <ComingSoonPage
      title="admin.nav.deposits"
      summary="admin.deposits.summary"
      scope="app.console"
    />
  ),
  '/admin/audit-log': <AuditLogPage />,
  '/admin/payments': <PaymentsQueuePage />,
  '/admin/store-types': <StoreTypesPage />,
  '/admin/payment-settings': <PaymentSettingsPage />,
  '/admin/settings': <SettingsPage />,
};

/** The operator console, loaded on demand (see App). */
export default function ConsoleApp({ path }: { path: string }) {
  const caseId = caseIdOf(path);
  // One provider for sign-in and the pages behind it, so signing in keeps the operator known.
  return (
    <OperatorAuthProvider>
      {path === '/admin/login' ? (
        <AdminLoginPage />
      ) : (
        <RequireOperator>
          <AdminLayout>
            {adminPages[path] ??
              (caseId ? <VerificationCasePage key={caseId} id={caseId} /> : null) ?? (
                <ConsoleNotFound />
              )}
          </AdminLayout>
        </RequireOperator>
      )}
    </OperatorAuthProvider>
  );
}
