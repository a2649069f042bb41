import { describe, expect, it } from 'vitest';
import { catalogProblems, pairsOf } from '../../shared/i18n/catalog-checks';
import { en } from './en';
import { zhCN } from './zh-CN';

// `t(key, values)` fills these with the one ICU formatter: a message that is not valid ICU, or
// that reads other values in Chinese than in English, shows "{count}" or drops a value in one
// language only; "{count} payments" shows "1 payments".
describe('the web catalogs', () => {
  it('are ICU messages with the same keys and arguments in English and Chinese', () => {
    expect(catalogProblems(pairsOf(en, zhCN))).toEqual([]);
  });
});
