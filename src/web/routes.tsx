import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouteComponent,
} from '@tanstack/react-router';
import { AccountPage } from './features/account/AccountPage';
import { validateAuditSearch } from './features/admin/auditSearch';
import { adminLoginSearch } from './features/admin/operator';
import { validateQueueSearch } from './features/admin/queueSearch';
import { validateCategoriesSearch } from './features/admin-categories/categoriesSearch';
import { validateGrowthSearch } from './features/admin-growth/growthSearch';
import { validateMerchantsSearch } from './features/admin-merchants/merchantsSearch';
import { validateModerationSearch } from './features/admin-products/moderationSearch';
import { validatePaymentsSearch } from './features/admin-stores/paymentsSearch';
import { validateAuthSearch } from './features/auth/authSearch';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { GuestOnly, HomeRoute, RequireMerchant } from './features/auth/guards';
import { LoginPage } from './features/auth/LoginPage';
import { SignupPage } from './features/auth/SignupPage';
import { AuthProvider } from './features/auth/session';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { MerchantHomePage } from './features/dashboard/MerchantHomePage';
import { validateDepositSearch } from './features/deposit/depositSearch';
import { validateImportSearch } from './features/product-import/importSearch';
import { validateProductsSearch } from './features/products/productsSearch';
import { ComingSoonPage } from './shell/ComingSoonPage';
import { NotFoundPage } from './shell/NotFoundPage';
import { SellerLayout } from './shell/SellerLayout';

// Every page of the seller center and the console, as one typed route tree. The console's pages
// are one chunk of their own (./console.tsx), loaded on the first visit to /admin: merchants never
// download it.

type ConsolePageName = keyof typeof import('./console') & string;
const consolePage = (name: ConsolePageName) => lazyRouteComponent(() => import('./console'), name);
const ConsoleNotFoundPage = consolePage('ConsoleNotFoundPage');

// The seller center's bigger pages are chunks of their own too, loaded when first opened: signing
// in or up downloads none of them.
const StorePage = lazyRouteComponent(() => import('./features/store/StorePage'), 'StorePage');
const DesignPage = lazyRouteComponent(() => import('./features/store/DesignPage'), 'DesignPage');
const DepositPage = lazyRouteComponent(
  () => import('./features/deposit/DepositPage'),
  'DepositPage',
);
const ProfilePage = lazyRouteComponent(
  () => import('./features/profile/ProfilePage'),
  'ProfilePage',
);
const ProductsPage = lazyRouteComponent(
  () => import('./features/products/ProductsPage'),
  'ProductsPage',
);
const ProductImportPage = lazyRouteComponent(
  () => import('./features/product-import/ProductImportPage'),
  'ProductImportPage',
);
const NewProductPage = lazyRouteComponent(
  () => import('./features/products/ProductEditorPage'),
  'NewProductPage',
);
const EditProductPage = lazyRouteComponent(
  () => import('./features/products/ProductEditorPage'),
  'EditProductPage',
);
const VerificationPage = lazyRouteComponent(
  () => import('./features/verification/VerificationPage'),
  'VerificationPage',
);

function SellerNotFound() {
  return (
    <SellerLayout>
      <NotFoundPage home="/" homeLabel="notFound.home" />
    </SellerLayout>
  );
}

const rootRoute = createRootRoute({
  component: () => (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  ),
  notFoundComponent: SellerNotFound,
});

// Sign-in and sign-up pages, outside the seller-center frame.
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: validateAuthSearch,
  component: () => (
    <GuestOnly>
      <LoginPage />
    </GuestOnly>
  ),
});
const signupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/signup',
  validateSearch: validateAuthSearch,
  component: () => (
    <GuestOnly>
      <SignupPage />
    </GuestOnly>
  ),
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

// The seller center's frame, for visitors and merchants.
const sellerRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'seller',
  component: () => (
    <SellerLayout>
      <Outlet />
    </SellerLayout>
  ),
});
const homeRoute = createRoute({
  getParentRoute: () => sellerRoute,
  path: '/',
  component: () => <HomeRoute visitor={<DashboardPage />} />,
});
const ordersRoute = createRoute({
  getParentRoute: () => sellerRoute,
  path: '/orders',
  component: () => (
    <ComingSoonPage title="nav.orders" summary="orders.summary" scope="app.sellerCenter" />
  ),
});

// Pages for signed-in merchants only (visitors are sent to sign in and brought back).
const merchantRoute = createRoute({
  getParentRoute: () => sellerRoute,
  id: 'merchant',
  component: () => (
    <RequireMerchant>
      <Outlet />
    </RequireMerchant>
  ),
});
const merchantPage = <Path extends string>(path: Path, component: RouteComponent) =>
  createRoute({ getParentRoute: () => merchantRoute, path, component });
const merchantRoutes = [
  merchantPage('/dashboard', MerchantHomePage),
  merchantPage('/account', AccountPage),
  merchantPage('/profile', ProfilePage),
  // Where the growth plan's "complete your business profile" task points.
  merchantPage('/account/business-profile', ProfilePage),
  // The e-mails link to /verification; the growth plan's task to /account/verification.
  merchantPage('/verification', VerificationPage),
  merchantPage('/account/verification', VerificationPage),
  // The product list's filters and shown pages are in the address (?status=…&q=…).
  createRoute({
    getParentRoute: () => merchantRoute,
    path: '/products',
    component: ProductsPage,
    validateSearch: validateProductsSearch,
  }),
  // The import being watched is in the address (?import=…): a reload keeps its bar.
  createRoute({
    getParentRoute: () => merchantRoute,
    path: '/products/import',
    component: ProductImportPage,
    validateSearch: validateImportSearch,
  }),
  merchantPage('/products/new', NewProductPage),
  merchantPage('/products/$productId', EditProductPage),
  merchantPage('/store', StorePage),
  merchantPage('/store/design', DesignPage),
  // The statement's older pages followed so far are in the address (?older=…).
  createRoute({
    getParentRoute: () => merchantRoute,
    path: '/store/deposit',
    component: DepositPage,
    validateSearch: validateDepositSearch,
  }),
] as const;

// The operator console: one session provider for sign-in and the pages behind it.
const consoleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: consolePage('ConsoleRoot'),
  notFoundComponent: () => <ConsoleNotFoundPage />,
});
const adminLoginRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/login',
  validateSearch: adminLoginSearch,
  component: consolePage('AdminLoginPage'),
});
const operatorRoute = createRoute({
  getParentRoute: () => consoleRoute,
  id: 'operator',
  component: consolePage('OperatorFrame'),
});
const operatorPage = <Path extends string>(path: Path, name: Parameters<typeof consolePage>[0]) =>
  createRoute({ getParentRoute: () => operatorRoute, path, component: consolePage(name) });
const verificationCaseRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/verifications/$caseId',
  component: consolePage('VerificationCaseRoute'),
});
const growthRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/growth',
  validateSearch: validateGrowthSearch,
  component: consolePage('GrowthPage'),
});
// The console's lists: their filters and shown pages are search params (ui/list).
const verificationQueueRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/verifications',
  validateSearch: validateQueueSearch,
  component: consolePage('VerificationQueuePage'),
});
const merchantsRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/merchants',
  validateSearch: validateMerchantsSearch,
  component: consolePage('MerchantsPage'),
});
const auditLogRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/audit-log',
  validateSearch: validateAuditSearch,
  component: consolePage('AuditLogPage'),
});
const categoriesRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/categories',
  validateSearch: validateCategoriesSearch,
  component: consolePage('CategoriesPage'),
});
// Product moderation (SPEC §9): the queue with its tab and filters in the address, a case page.
const moderationQueueRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/products',
  validateSearch: validateModerationSearch,
  component: consolePage('ModerationQueuePage'),
});
export const moderationCaseRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/products/$productId',
  component: consolePage('ModerationCaseRoute'),
});
const paymentsQueueRoute = createRoute({
  getParentRoute: () => operatorRoute,
  path: '/payments',
  validateSearch: validatePaymentsSearch,
  component: consolePage('PaymentsQueuePage'),
});
const operatorRoutes = [
  operatorPage('/', 'ConsoleHome'),
  verificationQueueRoute,
  verificationCaseRoute,
  operatorPage('/operators', 'OperatorsPage'),
  merchantsRoute,
  growthRoute,
  operatorPage('/deposits', 'DepositsComingSoon'),
  auditLogRoute,
  paymentsQueueRoute,
  moderationQueueRoute,
  moderationCaseRoute,
  operatorPage('/banned-words', 'BannedWordsPage'),
  operatorPage('/store-types', 'StoreTypesPage'),
  operatorPage('/payment-settings', 'PaymentSettingsPage'),
  operatorPage('/settings', 'SettingsPage'),
  categoriesRoute,
] as const;

const routeTree = rootRoute.addChildren([
  loginRoute,
  signupRoute,
  forgotPasswordRoute,
  sellerRoute.addChildren([homeRoute, ordersRoute, merchantRoute.addChildren([...merchantRoutes])]),
  consoleRoute.addChildren([adminLoginRoute, operatorRoute.addChildren([...operatorRoutes])]),
]);

export const router = createRouter({
  routeTree,
  // `/store/` and `/store` are the same page.
  trailingSlash: 'never',
  defaultPreload: false,
  scrollRestoration: true,
});

export { verificationCaseRoute };

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
