import sanitizeHtml from 'sanitize-html';
import { isProductImageUrl } from '../uploads/index.ts';

/**
 * A product description is rich text a merchant pastes or types (TipTap in the seller
 * center, a CSV cell, a script) and buyers see on the product page, so it is cut down on
 * the server to a small safe subset: text formatting, headings, lists, quotes, links,
 * images and tables, and nothing that runs, styles or embeds.
 */

/** At most this much text (what a buyer reads) … */
export const DESCRIPTION_MAX_TEXT_CHARACTERS = 20_000;
/** … and this much sanitised HTML (what is stored and sent). */
export const DESCRIPTION_MAX_HTML_BYTES = 100_000;

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

/** A tag name no allow-list has: sanitize-html drops it and keeps its text. */
const DROPPED = 'kd-dropped';
const LINK_URL = /^(?:https?:\/\/|mailto:)/i;
const IMAGE_URL = /^https:\/\//i;
const SMALL_NUMBER = /^\d{1,4}$/;
const SPAN = /^[1-9]\d?$/;

const keepNumbers = (attribs: sanitizeHtml.Attributes, names: string[], pattern: RegExp) => {
  const kept: sanitizeHtml.Attributes = {};
  for (const name of names) {
    const value = attribs[name]?.trim();
    if (value && pattern.test(value)) kept[name] = value;
  }
  return kept;
};

const tableCell: sanitizeHtml.Transformer = (tagName, attribs) => ({
  tagName,
  attribs: keepNumbers(attribs, ['colspan', 'rowspan'], SPAN),
});

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Their content is code or form state, never description text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'xmp'],
  nestingLimit: 24,
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // A link is an absolute http(s) or mailto URL opening in a new tab, telling search
    // engines it is the merchant's and not ours; anything else keeps only its text.
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim();
      if (!href || !LINK_URL.test(href)) return { tagName: DROPPED, attribs: {} };
      return { tagName, attribs: { href, rel: 'noopener nofollow ugc', target: '_blank' } };
    },
    // An image is one of our product images or any https image; others are dropped whole.
    img: (tagName, attribs): sanitizeHtml.Tag => {
      const src = attribs.src?.trim();
      if (!src || !(isProductImageUrl(src) || IMAGE_URL.test(src))) return { tagName, attribs: {} };
      const kept = keepNumbers(attribs, ['width', 'height'], SMALL_NUMBER);
      const alt = attribs.alt?.trim();
      return { tagName, attribs: { src, ...(alt ? { alt } : {}), ...kept } };
    },
    th: tableCell,
    td: tableCell,
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

/** The description as stored and shown: only the safe subset survives; sanitising again changes nothing. */
export function sanitizeDescription(html: string): string {
  return sanitizePasses(html).sanitized;
}

/**
 * sanitizeDescription, and whether its result is known to be a fixed point (a pass changed
 * nothing); a result still changing after the last pass is not known to be one.
 */
function sanitizePasses(html: string): { sanitized: string; settled: boolean } {
  // Dropping a tag can leave markup the parser reads differently next time (a <p> that an
  // unwrapped <a> kept from closing the one before), so passes repeat until nothing changes.
  let sanitized = sanitizeHtml(html, OPTIONS).trim();
  // Markup that comes out as it went in is a fixed point already (the form's own output, an
  // export imported again): another pass would only say so again, at the cost of a parse.
  if (sanitized === html) return { sanitized, settled: true };
  for (let pass = 0; pass < 4; pass += 1) {
    const again = sanitizeHtml(sanitized, OPTIONS).trim();
    if (again === sanitized) return { sanitized, settled: true };
    sanitized = again;
  }
  return { sanitized, settled: false };
}

// Block ends and line breaks become spaces so words of two paragraphs do not run together.
const BLOCK_END = /<\/(?:p|h[2-4]|li|blockquote|tr|td|th|ul|ol|table)>|<br \/>/g;
const TAG = /<[^>]*>/g;
const ESCAPE = /&(?:amp|lt|gt|quot);/g;
const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * The text of markup that is sanitised already. Sanitised markup escapes every `<`, `>` and `&`
 * of its text (as &lt; &gt; &amp;) and every `"` of an attribute value, so each `<` starts a tag
 * that ends at the next `>`: dropping the tags and reading the four escapes back gives the text,
 * without another parse (sanitize-html builds a parser, closures and hidden classes on each call,
 * which a CSV import of 100,000 rows pays for in time and memory).
 */
function textOfSanitized(sanitized: string): string {
  return sanitized
    .replace(BLOCK_END, (tag) => `${tag} `)
    .replace(TAG, '')
    .replace(ESCAPE, (entity) => ESCAPED[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The description's plain text, what a buyer reads: for the quality score, search and page meta. */
export function descriptionText(html: string): string {
  return textOfSanitized(sanitizeDescription(html));
}

/**
 * sanitizeDescription and descriptionText of the result at once, as the product's validation
 * needs both: markup known to be settled is not sanitised again for its text.
 */
export function sanitizeWithText(html: string): { html: string; text: string } {
  const { sanitized, settled } = sanitizePasses(html);
  return {
    html: sanitized,
    text: settled ? textOfSanitized(sanitized) : descriptionText(sanitized),
  };
}

export type DescriptionProblem =
  | { rule: 'max_text_length'; limit: number }
  | { rule: 'max_html_bytes'; limit: number };

/**
 * Whether a sanitised description is too long to keep; the caller reports it as a field
 * error on `description` with the limit (products' error code and message).
 */
export function descriptionProblem(
  sanitized: string,
  /** Its descriptionText, when the caller has it already. */
  text?: string,
): DescriptionProblem | null {
  if (Buffer.byteLength(sanitized, 'utf8') > DESCRIPTION_MAX_HTML_BYTES) {
    return { rule: 'max_html_bytes', limit: DESCRIPTION_MAX_HTML_BYTES };
  }
  if ((text ?? descriptionText(sanitized)).length > DESCRIPTION_MAX_TEXT_CHARACTERS) {
    return { rule: 'max_text_length', limit: DESCRIPTION_MAX_TEXT_CHARACTERS };
  }
  return null;
}
