import type { Locale } from '../server/i18n/locale.ts';
import { formatMessage } from '../shared/i18n/format-message.ts';

export const STOREFRONT_TEXT = {
  en: {
    verified: 'Verified',
    verifiedTitle: 'Identity verified by Kaidian',
    newStore: 'New store',
    openYears: (years: number) =>
      formatMessage('Open {years, plural, one {# year} other {# years}}', { years }),
    testMode: 'TEST MODE',
    testModeNote: 'This store was paid for with test payments: nothing here is for sale.',
    preview: 'Preview — this is your draft; buyers do not see it until you publish.',
    search: 'Search this store',
    searchButton: 'Search',
    products: 'Products',
    noProducts: 'No products yet. Come back soon.',
    noResults: (query: string) => `No products match “${query}”.`,
    announcement: 'Announcement',
    about: 'About us',
    contacts: 'Contact',
    contactLabels: {
      phone: 'Phone',
      email: 'E-mail',
      wechat: 'WeChat',
      whatsapp: 'WhatsApp',
      address: 'Address',
      hours: 'Hours',
    },
    defaultDescription: (name: string) => `${name} on Kaidian.`,
    poweredBy: 'Store powered by Kaidian',
    unknownStore: 'This store does not exist or is not open.',
  },
  'zh-CN': {
    verified: '已认证',
    verifiedTitle: '已通过开店实名认证',
    newStore: '新店',
    openYears: (years: number) => `开店 ${years} 年`,
    testMode: '测试模式',
    testModeNote: '该店铺使用测试付款开通：店内商品均不出售。',
    preview: '预览：这是您的草稿，发布之前买家看不到。',
    search: '搜索本店',
    searchButton: '搜索',
    products: '全部商品',
    noProducts: '店铺还没有上架商品，敬请期待。',
    noResults: (query: string) => `没有找到与“${query}”相关的商品。`,
    announcement: '店铺公告',
    about: '关于我们',
    contacts: '联系方式',
    contactLabels: {
      phone: '电话',
      email: '邮箱',
      wechat: '微信',
      whatsapp: 'WhatsApp',
      address: '地址',
      hours: '营业时间',
    },
    defaultDescription: (name: string) => `${name} — 开店平台上的店铺。`,
    poweredBy: '店铺由开店提供技术支持',
    unknownStore: '该店铺不存在或尚未开业。',
  },
} satisfies Record<Locale, unknown>;

export type StorefrontText = (typeof STOREFRONT_TEXT)['en'];
