// /store/deposit?older=…: the `before` cursors of the older pages of the statement followed so
// far, so a reload or back/forward lands on the same page (none: the newest page).

export type DepositSearch = { older?: number[] };

export function validateDepositSearch(search: Record<string, unknown>): DepositSearch {
  const older = Array.isArray(search.older)
    ? search.older.filter((cursor): cursor is number => Number.isSafeInteger(cursor) && cursor > 0)
    : [];
  return older.length > 0 ? { older } : {};
}
