import { type ReactNode, useLayoutEffect, useRef } from 'react';

/**
 * Where banned words occur in a text, as ranges of the text as it is: compared as the server
 * compares them (NFKC, lower case), so ＲＥＰＬＩＣＡ is marked for "replica".
 */
export function findMarks(text: string, words: readonly string[]): [number, number][] {
  const keys = words.map((word) => word.normalize('NFKC').toLowerCase()).filter(Boolean);
  if (keys.length === 0 || text === '') return [];
  // The normalised text, and for each of its characters the original character it came from.
  let normalised = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = char.normalize('NFKC').toLowerCase();
    normalised += folded;
    for (let i = 0; i < folded.length; i += 1) {
      starts.push(index);
      ends.push(index + char.length);
    }
    index += char.length;
  }
  const ranges: [number, number][] = [];
  for (const key of keys) {
    let from = normalised.indexOf(key);
    while (from >= 0) {
      ranges.push([starts[from] ?? 0, ends[from + key.length - 1] ?? text.length]);
      from = normalised.indexOf(key, from + key.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Overlapping words become one mark.
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** A plain text with its banned words marked. */
export function Marked({
  text,
  words,
  label,
}: {
  text: string;
  words: readonly string[];
  label: string;
}) {
  const marks = findMarks(text, words);
  if (marks.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="banned-word" title={label}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * Sanitised HTML (the server's) shown as it is, with the banned words marked in its text: each
 * text node is searched on its own, so a word split by markup is found by the flag, not marked.
 */
export function MarkedHtml({
  html,
  words,
  label,
  className,
}: {
  html: string;
  words: readonly string[];
  label: string;
  className?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const wordsKey = words.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the marks follow the html and the words (wordsKey)
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    root.innerHTML = html;
    if (words.length === 0) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    for (const node of nodes) {
      const text = node.data;
      const marks = findMarks(text, words);
      if (marks.length === 0) continue;
      const fragment = document.createDocumentFragment();
      let at = 0;
      for (const [start, end] of marks) {
        if (start > at) fragment.append(text.slice(at, start));
        const mark = document.createElement('mark');
        mark.className = 'banned-word';
        mark.title = label;
        mark.textContent = text.slice(start, end);
        fragment.append(mark);
        at = end;
      }
      if (at < text.length) fragment.append(text.slice(at));
      node.replaceWith(fragment);
    }
  }, [html, wordsKey, label]);
  return <div ref={container} className={className} />;
}
