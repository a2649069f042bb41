import type { Executor } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { categoryAttributes, findCategory } from '../../categories/index.ts';

/** A category's name and its attributes' names in the reader's language (codes when it is gone). */
export async function categoryNaming(db: Executor, categoryId: string, locale: Locale) {
  const category = await findCategory(db, categoryId);
  const attributes = category ? await categoryAttributes(db, category.id) : [];
  return {
    name: category ? category.names[locale] : categoryId,
    attributeNames: new Map(
      attributes.map((attribute) => [attribute.code, attribute.name[locale]]),
    ),
  };
}
