import { accountMessagesZhCN } from '../features/account/messages';
import { consoleMessagesZhCN } from '../features/admin/messages';
import { categoriesMessagesZhCN } from '../features/admin-categories/messages';
import { growthAdminMessagesZhCN } from '../features/admin-growth/messages';
import { merchantsMessagesZhCN } from '../features/admin-merchants/messages';
import { moderationMessagesZhCN } from '../features/admin-products/messages';
import { settingsMessagesZhCN } from '../features/admin-settings/messages';
import { adminStoresMessagesZhCN } from '../features/admin-stores/messages';
import { authMessagesZhCN } from '../features/auth/messages';
import { homeMessagesZhCN } from '../features/dashboard/messages';
import { depositMessagesZhCN } from '../features/deposit/messages';
import { productImportMessagesZhCN } from '../features/product-import/messages';
import { productMessagesZhCN } from '../features/products/messages';
import { profileMessagesZhCN } from '../features/profile/messages';
import { storeMessagesZhCN } from '../features/store/messages';
import { verificationMessagesZhCN } from '../features/verification/messages';
import { uiMessagesZhCN } from '../ui/messages';
import type { Messages } from './en';

export const zhCN: Messages = {
  'app.name': '开店',
  'app.sellerCenter': '卖家中心',
  'app.console': '运营后台',
  'app.footer': '开店 — 可自行部署的电商平台卖家系统',

  'language.label': '语言',
  'language.en': 'English',
  'language.zh-CN': '中文',
  // A language named in the reader's language (a merchant's language in the console), where
  // the switcher names each in its own.
  'language.name.en': '英语',
  'language.name.zh-CN': '中文',

  'nav.main': '主导航',
  'nav.openMenu': '打开菜单',
  'nav.closeMenu': '关闭菜单',
  'nav.dashboard': '工作台',
  'nav.store': '店铺',
  'nav.products': '商品',
  'nav.orders': '订单',
  'nav.account': '账号',
  'nav.signIn': '登录',

  'dashboard.eyebrow': '卖家中心',
  'dashboard.title': '用开店，开好你的店',
  'dashboard.intro':
    '开店帮助商家从一个邮箱或手机号起步，开出一家通过认证、正常营业的店铺：注册账号、完成实名认证、选择服务套餐、发布商品，每一笔订单都会通过邮件通知您。平台运营人员在独立的运营后台审核商家、管理保证金。',
  'dashboard.primaryAction': '免费注册',
  'dashboard.secondaryAction': '登录',
  'dashboard.stepsTitle': '开店流程',
  'dashboard.step1.title': '注册并验证',
  'dashboard.step1.body': '使用邮箱或手机号注册，通过一次性验证码确认。',
  'dashboard.step2.title': '实名认证',
  'dashboard.step2.body': '个人或企业实名认证，由平台审核。',
  'dashboard.step3.title': '开通店铺',
  'dashboard.step3.body': '选择店铺类型和服务套餐，支付服务费和保证金。',
  'dashboard.step4.title': '发布商品，接收订单',
  'dashboard.step4.body': '支持批发阶梯价和商品质量评分，订单邮件发送到您的注册邮箱。',

  'comingSoon.badge': '即将推出',
  'comingSoon.body': '此功能即将上线，敬请期待。',

  'store.summary': '选择店铺类型与服务套餐，装修并发布您的店铺。',
  'products.summary': '发布带图片、属性和批发阶梯价的商品，或通过 CSV 批量导入。',
  'orders.summary': '确认、发货并完成订单，处理退货与退款。',
  'account.summary': '管理邮箱、手机号、密码、经营信息和实名认证。',

  'admin.nav': '后台导航',
  'admin.nav.reviews': '审核队列',
  'admin.nav.merchants': '商家管理',
  'admin.nav.deposits': '保证金',
  'admin.nav.auditLog': '审计日志',
  'admin.nav.settings': '平台设置',
  'admin.toSellerCenter': '卖家中心',
  'admin.reviews.summary': '等待处理的实名认证、被标记商品、纠纷、退款和银行转账。',
  'admin.merchants.summary': '所有商家的状态、认证、店铺和保证金余额。',
  'admin.deposits.summary': '基于复式记账的保证金账户、处罚、申诉及退店退款。',
  'admin.auditLog.summary': '记录每一次运营操作：操作人、操作内容、时间及变更前后。',

  'notFound.title': '页面不存在',
  'notFound.body': '地址可能有误，或页面已经移动。',
  'notFound.home': '返回工作台',
  'notFound.consoleHome': '返回我的控制台首页',

  // Each feature keeps its messages in its own file.
  ...uiMessagesZhCN,
  ...authMessagesZhCN,
  ...homeMessagesZhCN,
  ...profileMessagesZhCN,
  ...accountMessagesZhCN,
  ...consoleMessagesZhCN,
  ...verificationMessagesZhCN,
  ...storeMessagesZhCN,
  ...depositMessagesZhCN,
  ...adminStoresMessagesZhCN,
  ...settingsMessagesZhCN,
  ...growthAdminMessagesZhCN,
  ...merchantsMessagesZhCN,
  ...moderationMessagesZhCN,
  ...categoriesMessagesZhCN,
  ...productMessagesZhCN,
  ...productImportMessagesZhCN,
};
