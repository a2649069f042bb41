import type { RequestOf, ResponseOf } from '../../api/contract';

// The category shapes of the console, named from the server's contract.

export type AdminCategory = ResponseOf<'getAdminCategories'>['items'][number];
export type AttributeTemplate = RequestOf<'putAdminCategoriesIdAttributes'>['attributes'][number];

/** The deepest level a category can be on (SPEC §6): one there takes no subcategories. */
export const maxLevel = 4;
