import { en, type MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import {
  businessModels,
  experienceLevels,
  industries,
  markets,
  platforms,
  teamSizes,
} from '../profile/options';

// The business-profile answers (SPEC §2) as operators read and pick them: in the growth rules'
// conditions, the plan preview and the merchant directory. Labels are the seller center's own.

export const profileFields = [
  'industry',
  'businessModel',
  'experience',
  'platforms',
  'targetMarkets',
  'teamSize',
] as const;
export type ProfileField = (typeof profileFields)[number];

export const profileFieldLabels: Record<ProfileField, MessageKey> = {
  industry: 'profile.industry',
  businessModel: 'profile.businessModel',
  experience: 'profile.experience',
  platforms: 'profile.platforms',
  targetMarkets: 'profile.markets',
  teamSize: 'profile.teamSize',
};

/** Answers a merchant may give to each question; for the open ones, the usual answers. */
export const profileAnswers: Record<ProfileField, readonly string[]> = {
  industry: industries,
  businessModel: businessModels,
  experience: experienceLevels,
  platforms,
  targetMarkets: [...new Set(Object.values(markets).flat())],
  teamSize: teamSizes,
};

/** Questions answered in the merchant's own words too (a rule may name any answer). */
export const openFields: ReadonlySet<ProfileField> = new Set([
  'industry',
  'platforms',
  'targetMarkets',
]);

/** Fields whose answer is a list (platforms, markets). */
export const listFields: ReadonlySet<ProfileField> = new Set(['platforms', 'targetMarkets']);

const labelPrefixes: Record<ProfileField, string> = {
  industry: 'profile.industry.',
  businessModel: 'profile.model.',
  experience: 'profile.experience.',
  platforms: 'profile.platform.',
  targetMarkets: 'profile.market.',
  teamSize: 'profile.team.',
};

const isMessageKey = (key: string): key is MessageKey => key in en;

/** One answer as the seller center names it ("Manufacturer", "制造商"); else as stored. */
export function answerLabel(
  field: ProfileField,
  value: string,
  t: Translate,
  language: Language,
): string {
  if (field === 'targetMarkets') {
    const market = Object.entries(markets).find(
      ([, codes]) => codes.length === 1 && codes[0] === value,
    );
    if (market) return t(`profile.market.${market[0]}` as MessageKey);
    try {
      return new Intl.DisplayNames([language], { type: 'region' }).of(value) ?? value;
    } catch {
      return value;
    }
  }
  const key = `${labelPrefixes[field]}${value}`;
  return isMessageKey(key) ? t(key) : value;
}

export function answersText(
  field: ProfileField,
  values: readonly string[],
  t: Translate,
  language: Language,
): string {
  return values
    .map((value) => answerLabel(field, value, t, language))
    .join(language === 'zh-CN' ? '、' : ', ');
}
