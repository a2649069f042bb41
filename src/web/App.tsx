import { lazy, type ReactNode, Suspense } from 'react';
import { AccountPage } from './features/account/AccountPage';
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
import { ComingSoonPage } from './shell/ComingSoonPage';
import { NotFoundPage } from './shell/NotFoundPage';
import { SellerLayout } from './shell/SellerLayout';

const ConsoleApp = lazy(() => import('./ConsoleApp'));

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

export function App() {
  const { path } = useRouter();

  const authPage = authPages[path];
  if (authPage) return authPage;

  if (path === '/admin' || path.startsWith('/admin/')) {
    // The console is its own chunk: merchants never download it.
    return (
      <Suspense fallback={null}>
        <ConsoleApp path={path} />
      </Suspense>
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
