import type { ReactNode } from 'react';
import { AccountPage } from './features/account/AccountPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { GuestOnly, HomeRoute, RequireMerchant } from './features/auth/guards';
import { LoginPage } from './features/auth/LoginPage';
import { SignupPage } from './features/auth/SignupPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { MerchantHomePage } from './features/dashboard/MerchantHomePage';
import { ProfilePage } from './features/profile/ProfilePage';
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
};

const sellerPages: Record<string, ReactNode> = {
  '/': <HomeRoute visitor={<DashboardPage />} />,
  '/store': <ComingSoonPage title="nav.store" summary="store.summary" scope="app.sellerCenter" />,
  '/products': (
    <ComingSoonPage title="nav.products" summary="products.summary" scope="app.sellerCenter" />
  ),
  '/orders': (
    <ComingSoonPage title="nav.orders" summary="orders.summary" scope="app.sellerCenter" />
  ),
};

const adminPages: Record<string, ReactNode> = {
  '/admin': (
    <ComingSoonPage title="admin.nav.reviews" summary="admin.reviews.summary" scope="app.console" />
  ),
  '/admin/merchants': (
    <ComingSoonPage
      title="admin.nav.merchants"
      summary="admin.merchants.summary"
      scope="app.console"
    />
  ),
  '/admin/deposits': (
    <ComingSoonPage
      title="admin.nav.deposits"
      summary="admin.deposits.summary"
      scope="app.console"
    />
  ),
  '/admin/audit-log': (
    <ComingSoonPage
      title="admin.nav.auditLog"
      summary="admin.auditLog.summary"
      scope="app.console"
    />
  ),
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
    return (
      <AdminLayout>
        {adminPages[path] ?? <NotFoundPage home="/admin" homeLabel="notFound.consoleHome" />}
      </AdminLayout>
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
