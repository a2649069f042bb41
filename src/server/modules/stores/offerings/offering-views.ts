import type { Locale } from '../../../i18n/locale.ts';
import type { CategoryDeposit, StorePackage, StoreType } from '../schema.ts';
import type { OfferedPackage, OfferedStoreType } from './load-offerings.ts';

/** A localised name: the row's zh or en column, whichever the reader speaks. */
export function localName(row: { nameEn: string; nameZh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? row.nameZh : row.nameEn;
}

export function capabilitiesOf(pkg: StorePackage) {
  return {
    promotions: pkg.promotions,
    customTemplates: pkg.customTemplates,
    advertising: pkg.advertising,
  };
}

const money = (amount: number, currency: string) => ({ amount, currency });

function depositsView(pkg: StorePackage, deposits: CategoryDeposit[]) {
  return deposits.map((row) => ({
    category: row.category,
    deposit: money(row.depositAmount, pkg.currency),
  }));
}

export function publicPackageView({ pkg, categoryDeposits }: OfferedPackage, locale: Locale) {
  return {
    id: pkg.id,
    code: pkg.code,
    name: localName(pkg, locale),
    fee: money(pkg.feeAmount, pkg.currency),
    deposit: money(pkg.depositAmount, pkg.currency),
    productLimit: pkg.productLimit,
    capabilities: capabilitiesOf(pkg),
    depositByCategory: depositsView(pkg, categoryDeposits),
  };
}

export function publicStoreTypeView(entry: OfferedStoreType, locale: Locale) {
  const { type } = entry;
  return {
    id: type.id,
    code: type.code,
    name: localName(type, locale),
    description: locale === 'zh-CN' ? type.descriptionZh : type.descriptionEn,
    accountTypes: type.accountTypes,
    requiresTrademark: type.requiresTrademark,
    packages: entry.packages.map((pkg) => publicPackageView(pkg, locale)),
  };
}

export function adminPackageView({ pkg, categoryDeposits }: OfferedPackage) {
  return {
    id: pkg.id,
    storeTypeId: pkg.storeTypeId,
    code: pkg.code,
    names: { en: pkg.nameEn, 'zh-CN': pkg.nameZh },
    fee: money(pkg.feeAmount, pkg.currency),
    deposit: money(pkg.depositAmount, pkg.currency),
    productLimit: pkg.productLimit,
    capabilities: capabilitiesOf(pkg),
    depositByCategory: depositsView(pkg, categoryDeposits),
    active: pkg.active,
    sortOrder: pkg.sortOrder,
  };
}

export function adminStoreTypeView(type: StoreType, packages: OfferedPackage[] = []) {
  return {
    id: type.id,
    code: type.code,
    names: { en: type.nameEn, 'zh-CN': type.nameZh },
    descriptions: { en: type.descriptionEn, 'zh-CN': type.descriptionZh },
    accountTypes: type.accountTypes,
    requiresTrademark: type.requiresTrademark,
    active: type.active,
    sortOrder: type.sortOrder,
    packages: packages.map(adminPackageView),
  };
}
