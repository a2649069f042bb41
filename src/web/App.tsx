import type { ReactNode } from 'react';
import { AccountPage } from './features/account/AccountPage';
import { AdminLoginPage } from './features/admin/AdminLoginPage';
import { AuditLogPage } from './features/admin/AuditLogPage';
import { ConsoleHome, RequireOperator } from './features/admin/guards';
import { OperatorsPage } from './features/admin/OperatorsPage';
import { OperatorAuthProvider } from './features/admin/session';
import { caseIdOf, VerificationCasePage } from './features/admin/VerificationCasePage';
import { VerificationQueuePage } from './features/admin/VerificationQueuePage';
import { GrowthPage } from './features/admin-growth/GrowthPage';
import { MerchantsPage } from './features/admin-merchants/MerchantsPage';
import { PaymentSettingsPage } from './features/admin-stores/PaymentSettingsPage';
import { PaymentsQueuePage } from './features/admin-stores/PaymentsQueuePage';
import { StoreTypesPage } from './features/admin-stores/StoreTypesPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { GuestOnly, HomeRoute, RequireMerchant } from './features/auth/guards';
import { LoginPage } from './features/auth/LoginPage';
import { SignupPage } from './features/auth/SignupPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { MerchantHomePage } from './features/dashboard/MerchantHomePage';
import { DepositPage } from './features/deposit/DepositPage';
import { ProfilePage } from './features/profile/ProfilePage';
import { DesignPage } from './features/store/DesignPage';
import { StorePage } from './features/store/StorePage';
import { VerificationPage } from './features/verification/VerificationPage';
import { useRouter } from './router';
import { AdminLayout } from './shell/AdminLayout';
import { ComingSoonPage } from './shell/ComingSoonPage';
import { NotFoundPage } from './shell/NotFoundPage';
import { SellerLayout } from './shell/SellerLayout';

/** Sign-in and sign-up pages, outside the seller-center frame. */
const authPages: Record<string, ReactNode> = {
  '/login': (
    <GuestOnly>
      <LoginPage />
    </GuestOnly>
  ),
  '/signup': (
    <GuestOnly>
      <SignupPage />
    </GuestOnly>
  ),
  '/forgot-password': <ForgotPasswordPage />,
};

/** Seller-center pages for signed-in merchants only (visitors are sent to sign in). */
const merchantPages: Record<string, ReactNode> = {
  '/dashboard': <MerchantHomePage />,
  '/account': <AccountPage />,
  '/profile': <ProfilePage />,
  // Where the growth plan's "complete your business profile" task points.
  '/account/business-profile': <ProfilePage />,
  // The e-mails link to /verification; the growth plan's task to /account/verification.
  '/verification': <VerificationPage />,
  '/account/verification': <VerificationPage />,
  '/store': <StorePage />,
  '/store/design': <DesignPage />,
  '/store/deposit': <DepositPage />,
};

const sellerPages: Record<string, ReactNode> = {
  '/': <HomeRoute visitor={<DashboardPage />} />,
  '/products': (
    <ComingSoonPage title="nav.products" summary="products.summary" scope="app.sellerCenter" />
  ),
  '/orders': (
    <ComingSoonPage title="nav.orders" summary="orders.summary" scope="app.sellerCenter" />
  ),
};

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
  '/admin/settings': (
    <ComingSoonPage
      title="admin.nav.settings"
      summary="admin.settings.summary"
      scope="app.console"
    />
  ),
};

export function App() {
  const { path } = useRouter();

  const authPage = authPages[path];
  if (authPage) return authPage;

  if (path === '/admin' || path.startsWith('/admin/')) {
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
                  <NotFoundPage home="/admin" homeLabel="notFound.consoleHome" />
                )}
            </AdminLayout>
          </RequireOperator>
        )}
      </OperatorAuthProvider>
    );
  }

  const merchantPage = merchantPages[path];
  return (
    <SellerLayout>
      {merchantPage ? (
        <RequireMerchant>{merchantPage}</RequireMerchant>
      ) : (
        (sellerPages[path] ?? <NotFoundPage home="/" homeLabel="notFound.home" />)
      )}
    </SellerLayout>
  );
}
