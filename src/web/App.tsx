import type { ReactNode } from 'react';
import { LoginPage } from './features/auth/LoginPage';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { useRouter } from './router';
import { AdminLayout } from './shell/AdminLayout';
import { ComingSoonPage } from './shell/ComingSoonPage';
import { NotFoundPage } from './shell/NotFoundPage';
import { SellerLayout } from './shell/SellerLayout';

const sellerPages: Record<string, ReactNode> = {
  '/': <DashboardPage />,
  '/store': <ComingSoonPage title="nav.store" summary="store.summary" scope="app.sellerCenter" />,
  '/products': (
    <ComingSoonPage title="nav.products" summary="products.summary" scope="app.sellerCenter" />
  ),
  '/orders': (
    <ComingSoonPage title="nav.orders" summary="orders.summary" scope="app.sellerCenter" />
  ),
  '/account': (
    <ComingSoonPage title="nav.account" summary="account.summary" scope="app.sellerCenter" />
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

  if (path === '/login') return <LoginPage />;

  if (path === '/admin' || path.startsWith('/admin/')) {
    return (
      <AdminLayout>
        {adminPages[path] ?? <NotFoundPage home="/admin" homeLabel="notFound.consoleHome" />}
      </AdminLayout>
    );
  }

  return (
    <SellerLayout>
      {sellerPages[path] ?? <NotFoundPage home="/" homeLabel="notFound.home" />}
    </SellerLayout>
  );
}
