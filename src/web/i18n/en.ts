import { accountMessagesEn } from '../features/account/messages';
import { consoleMessagesEn } from '../features/admin/messages';
import { categoriesMessagesEn } from '../features/admin-categories/messages';
import { growthAdminMessagesEn } from '../features/admin-growth/messages';
import { merchantsMessagesEn } from '../features/admin-merchants/messages';
import { moderationMessagesEn } from '../features/admin-products/messages';
import { settingsMessagesEn } from '../features/admin-settings/messages';
import { adminStoresMessagesEn } from '../features/admin-stores/messages';
import { authMessagesEn } from '../features/auth/messages';
import { homeMessagesEn } from '../features/dashboard/messages';
import { depositMessagesEn } from '../features/deposit/messages';
import { productImportMessagesEn } from '../features/product-import/messages';
import { productMessagesEn } from '../features/products/messages';
import { profileMessagesEn } from '../features/profile/messages';
import { storeMessagesEn } from '../features/store/messages';
import { verificationMessagesEn } from '../features/verification/messages';
import { uiMessagesEn } from '../ui/messages';

// The English catalog defines the message keys; every other catalog must provide the same set
// (see `Messages`), so a missing translation is a type error rather than a blank label.
export const en = {
  'app.name': 'Kaidian',
  'app.sellerCenter': 'Seller center',
  'app.console': 'Operator console',
  'app.footer': 'Kaidian — a self-hostable seller platform for online marketplaces',

  'language.label': 'Language',
  'language.en': 'English',
  'language.zh-CN': '中文',
  // A language named in the reader's language (a merchant's language in the console), where
  // the switcher names each in its own.
  'language.name.en': 'English',
  'language.name.zh-CN': 'Chinese',

  'nav.main': 'Main navigation',
  'nav.openMenu': 'Open menu',
  'nav.closeMenu': 'Close menu',
  'nav.dashboard': 'Dashboard',
  'nav.store': 'Store',
  'nav.products': 'Products',
  'nav.orders': 'Orders',
  'nav.account': 'Account',
  'nav.signIn': 'Sign in',

  'dashboard.eyebrow': 'Seller center',
  'dashboard.title': 'Open and run your store with Kaidian',
  'dashboard.intro':
    'Kaidian takes you from an e-mail address or mobile number to a verified, open store: sign up, verify your identity, choose a service package, list your products and receive every order by e-mail. Platform operators review merchants and manage deposits in their own console.',
  'dashboard.primaryAction': 'Sign up free',
  'dashboard.secondaryAction': 'Sign in',
  'dashboard.stepsTitle': 'Your path to an open store',
  'dashboard.step1.title': 'Sign up and confirm',
  'dashboard.step1.body':
    'Use an e-mail address or a mobile number, confirmed with a one-time code.',
  'dashboard.step2.title': 'Verify your identity',
  'dashboard.step2.body':
    'Personal or enterprise real-name verification, reviewed by the platform.',
  'dashboard.step3.title': 'Open your store',
  'dashboard.step3.body': 'Pick a store type and service package, then pay the fee and deposit.',
  'dashboard.step4.title': 'List products, get orders',
  'dashboard.step4.body':
    'Tiered wholesale prices, listing quality scores, and order e-mails to your registered address.',

  'comingSoon.badge': 'Coming soon',
  'comingSoon.body': 'This part of Kaidian arrives soon.',

  'store.summary': 'Choose a store type and package, design your storefront and publish it.',
  'products.summary':
    'Publish products with images, attributes and tiered wholesale prices, or import them in bulk from CSV.',
  'orders.summary': 'Confirm, ship and complete orders, and handle returns and refunds.',
  'account.summary':
    'Manage your e-mail, phone, password, business profile and real-name verification.',

  'admin.nav': 'Console navigation',
  'admin.nav.reviews': 'Review queue',
  'admin.nav.merchants': 'Merchants',
  'admin.nav.deposits': 'Deposits',
  'admin.nav.auditLog': 'Audit log',
  'admin.nav.settings': 'Settings',
  'admin.toSellerCenter': 'Seller center',
  'admin.reviews.summary':
    'Identities, flagged products, disputes, refunds and bank transfers waiting for a decision.',
  'admin.merchants.summary': 'Every merchant with status, verification, store and deposit balance.',
  'admin.deposits.summary':
    'Deposit accounts, penalties, appeals and refunds on leaving, kept in a double-entry ledger.',
  'admin.auditLog.summary': 'Every operator action: who, what, when, before and after.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address may be mistyped, or the page has moved.',
  'notFound.home': 'Back to the dashboard',
  'notFound.consoleHome': 'Go to my console home',

  // Each feature keeps its messages in its own file.
  ...uiMessagesEn,
  ...authMessagesEn,
  ...homeMessagesEn,
  ...profileMessagesEn,
  ...accountMessagesEn,
  ...consoleMessagesEn,
  ...verificationMessagesEn,
  ...storeMessagesEn,
  ...depositMessagesEn,
  ...adminStoresMessagesEn,
  ...settingsMessagesEn,
  ...growthAdminMessagesEn,
  ...merchantsMessagesEn,
  ...moderationMessagesEn,
  ...categoriesMessagesEn,
  ...productMessagesEn,
  ...productImportMessagesEn,
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
