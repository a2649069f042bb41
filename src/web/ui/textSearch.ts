// How a search box over names finds things (categories in the product form and in the console):
// every word typed must occur in one of the names, in any case. Chinese has no spaces, so a word
// is found anywhere inside a name (裙 finds 连衣裙).

/** The words of what was typed, lower-cased; none when it is blank. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether every one of `words` occurs in one of `texts` (`words` from searchWords). */
export function matchesWords(texts: readonly string[], words: readonly string[]): boolean {
  const lowered = texts.map((text) => text.toLocaleLowerCase());
  return words.every((word) => lowered.some((text) => text.includes(word)));
}
