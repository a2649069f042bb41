/**
 * The category tree (SPEC §6): what other modules may use. Products depend on categories, not
 * the other way round: they register how to count their products (registerCategoryUsage) so a
 * category in use is not deleted.
 */
import { defineModule } from '../../module.ts';
import { categoryErrors } from './errors.ts';
import { categoryRoutes } from './routes.ts';

export type { CategoryAttribute, CategoryNames } from './category-tree.ts';
export { type CategoryUsageCounter, registerCategoryUsage } from './category-usage.ts';
export {
  attributesOfCategories,
  type CategoryNode,
  categoryAttributes,
  categoryCodes,
  findCategories,
  findCategory,
} from './find-category.ts';
export { MAX_CATEGORY_LEVEL } from './schema.ts';

export const categoriesModule = defineModule({
  name: 'categories',
  routes: [categoryRoutes],
  errors: categoryErrors,
});
