import type { ResponseOf } from '../../api/contract';
import type { Translate } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';

// Why the automatic checks held a product for review, in words: one wording for the merchant's
// edit page and the console's case, each flag with what it found (which banned words and where,
// the price beside the category's median and the threshold, the category).

/** A flag with its details beside its kind, as the console's case gives it. */
export type FlagFacts = ResponseOf<'getAdminProductsId'>['current']['flags'][number];
type ProductFlag = ResponseOf<'getMeProductsId'>['reviewFlags'][number];

/** The merchant's product gives a flag as `{ kind, detail }`: the same facts. */
export const flagFacts = (flag: ProductFlag): FlagFacts => ({ kind: flag.kind, ...flag.detail });

/** What a flag's words name by code, in the reader's language. */
export type FlagNames = {
  /** The product's category, when known. */
  category: string | undefined;
  /** An attribute's name by its code (the code itself when the category no longer has it). */
  attribute: (code: string) => string;
};

/** The flag's kind: "Banned words", "Price far below the category", "Forbidden category". */
export const flagLabel = (t: Translate, flag: Pick<FlagFacts, 'kind'>) =>
  t(`product.flag.${flag.kind}`);

/** What the flag found, in a sentence. */
export function flagDetail(
  t: Translate,
  language: Language,
  flag: FlagFacts,
  names: FlagNames,
): string {
  if (flag.kind === 'banned_word') {
    const quoted = (words: readonly string[]) =>
      new Intl.ListFormat(language, { type: 'conjunction' }).format(
        words.map((word) => t('product.flag.word', { word })),
      );
    // Flags recorded before the places were kept name only the words.
    if (!flag.places || flag.places.length === 0) {
      return t('product.flag.detail.banned_word', { words: quoted(flag.words ?? []) });
    }
    return flag.places
      .map((place) => {
        const words = quoted(place.words);
        if (place.field === 'attribute') {
          const attribute = names.attribute(place.attribute ?? '');
          return t('product.flag.place.attribute', { words, attribute });
        }
        return t(`product.flag.place.${place.field}`, { words });
      })
      .join(t('product.flag.place.separator'));
  }
  if (flag.kind === 'low_price') {
    const currency = flag.currency ?? 'CNY';
    return t('product.flag.detail.low_price', {
      price: { amount: flag.price ?? 0, currency },
      median: { amount: flag.median ?? 0, currency },
      percent: flag.percent ?? 0,
    });
  }
  return names.category
    ? t('product.flag.detail.forbidden_category', { category: names.category })
    : t('product.flag.detail.forbidden_unnamed');
}
