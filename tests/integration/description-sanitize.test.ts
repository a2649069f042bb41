import fc from 'fast-check';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX_HTML_BYTES,
  DESCRIPTION_MAX_TEXT_CHARACTERS,
  descriptionProblem,
  descriptionText,
  sanitizeDescription,
  sanitizeWithText,
} from '../../src/server/modules/products/description.ts';
import { productImageUrl } from '../../src/server/modules/uploads/index.ts';

// What a buyer's browser may receive from a merchant's description: the tags and attributes
// below, links to http(s)/mailto, images from us or https — checked on the output's markup.

const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  s: [],
  h2: [],
  h3: [],
  h4: [],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  a: ['href', 'rel', 'target'],
  img: ['src', 'alt', 'width', 'height'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};

// Sanitised output escapes every `<` of text and every `"` of attribute values, so each `<`
// starts a tag and this grammar reads the markup exactly.
const TAG = /^<(\/?)([a-z0-9]+)((?: [a-z]+="[^"<>]*")*)( \/)?>/;
const ATTRIBUTE = / ([a-z]+)="([^"]*)"/g;
const OUR_IMAGE = /^\/media\/products\/[0-9a-f-]{36}\/(?:thumb|grid|page)$/;

/** The problems of one output; empty when it is in the safe subset. */
function unsafeParts(output: string): string[] {
  const problems: string[] = [];
  let rest = output;
  while (rest.length > 0) {
    const at = rest.indexOf('<');
    if (at < 0) break;
    rest = rest.slice(at);
    const tag = TAG.exec(rest);
    if (!tag) {
      problems.push(`unparsed markup ${rest.slice(0, 30)}`);
      break;
    }
    const [whole, , name = '', attributes = ''] = tag;
    const allowedAttributes = ALLOWED[name];
    if (!allowedAttributes) problems.push(`tag ${name}`);
    for (const [, attribute = '', value = ''] of attributes.matchAll(ATTRIBUTE)) {
      if (!allowedAttributes?.includes(attribute)) problems.push(`attribute ${name}.${attribute}`);
      if (attribute === 'href' && !/^(?:https?:\/\/|mailto:)/i.test(value))
        problems.push(`href ${value}`);
      if (attribute === 'src' && !(OUR_IMAGE.test(value) || /^https:\/\//i.test(value))) {
        problems.push(`src ${value}`);
      }
    }
    rest = rest.slice(whole.length);
  }
  if (/[<>]/.test(output.replace(/<[^<>]*>/g, ''))) problems.push('stray angle bracket');
  return problems;
}

const ATTACKS: Array<[string, string]> = [
  ['script tag', '<p>Hello</p><script>alert(1)</script>'],
  ['script tag in odd case', '<ScRiPt >alert(1)</sCrIpT>'],
  ['script split by a nested tag', '<scr<script>x</script>ipt>alert(1)</script>'],
  ['unclosed script', '<p>a</p><script>alert(1)'],
  ['onerror on an image', '<img src="https://cdn.example.com/a.png" onerror="alert(1)">'],
  ['onclick in upper case', '<p ONCLICK="alert(1)">x</p>'],
  ['onmouseover without quotes', '<b onmouseover=alert(1)>x</b>'],
  ['event handler after a slash', '<img/src="https://cdn.example.com/a.png"/onload=alert(1)>'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
  ['javascript: in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['javascript: with a tab entity', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['javascript: with a newline', '<a href="java\nscript:alert(1)">x</a>'],
  ['javascript: with decimal entities', '<a href="&#106;&#97;&#118;&#97;script:alert(1)">x</a>'],
  ['javascript: with a leading space', '<a href="  javascript:alert(1)">x</a>'],
  ['javascript: with a named entity', '<a href="javascript&colon;alert(1)">x</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data: image', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">'],
  ['protocol-relative image', '<img src="//evil.example.com/x.png">'],
  ['http image (mixed content)', '<img src="http://evil.example.com/x.png">'],
  ['relative image not ours', '<img src="/api/v1/me">'],
  ['style attribute', '<p style="color:red;background:url(javascript:alert(1))">x</p>'],
  ['style expression()', '<p style="width:expression(alert(1))">x</p>'],
  ['style element', '<style>body{background:url("javascript:alert(1)")}</style><p>x</p>'],
  ['class attribute', '<p class="admin-banner">x</p>'],
  ['svg with script', '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
  ['svg use', '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>"/></svg>'],
  [
    'math with a link',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  ],
  ['iframe', '<iframe src="https://evil.example.com"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['form and input', '<form action="https://evil.example.com"><input name="password"></form>'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example.com/x.css">'],
  [
    'broken attribute quoting',
    '<p title="x" onclick="alert(1)"">x</p><a href="https://x.example.com"onclick=alert(1)>y</a>',
  ],
  [
    'comment hiding a script',
    '<!--<script>alert(1)</script>--><p>x</p><!-- --!><script>alert(1)</script>',
  ],
  ['CDATA', '<![CDATA[<script>alert(1)</script>]]>'],
  ['deep nesting', `${'<blockquote>'.repeat(200)}x${'</blockquote>'.repeat(200)}`],
  ['mismatched nesting', '<b><i>x</b></i><ul><li>a<li>b</ol><table><td>c</table></p></div>'],
  [
    'noscript break-out',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  ],
  ['textarea break-out', '<textarea><img src=x onerror=alert(1)></textarea>'],
];

const FORBIDDEN_IN_OUTPUT = [
  /<script/i,
  /<style/i,
  /<svg/i,
  /<math/i,
  /<iframe/i,
  /<form/i,
  /<input/i,
  /\son[a-z]+=/i,
  /style=/i,
  /class=/i,
  /javascript/i,
  /vbscript/i,
  /data:/i,
  /expression\(/i,
  /url\(/i,
];

describe('a product description is sanitised to a safe subset', () => {
  it.each(ATTACKS)('%s cannot reach a buyer', (_name, html) => {
    const output = sanitizeDescription(html);
    expect(unsafeParts(output)).toEqual([]);
    for (const pattern of FORBIDDEN_IN_OUTPUT) expect(output).not.toMatch(pattern);
    expect(sanitizeDescription(output)).toBe(output);
  });

  it('keeps the formatting a merchant uses, and the text of what it drops', () => {
    const html =
      '<h2>规格</h2><p><strong>纯棉</strong>面料，<em>透气</em>，<u>不起球</u>，<s>原价</s></p>' +
      '<ul><li>S</li><li>M</li></ul><ol><li>一</li></ol><blockquote>好评</blockquote>' +
      '<table><thead><tr><th colspan="2">尺码</th></tr></thead><tbody><tr><td rowspan="2">S</td><td>160</td></tr></tbody></table>' +
      '<p>Line<br>break <span style="color:red">kept text</span> <font>and this</font></p>';
    expect(sanitizeDescription(html)).toBe(
      '<h2>规格</h2><p><strong>纯棉</strong>面料，<em>透气</em>，<u>不起球</u>，<s>原价</s></p>' +
        '<ul><li>S</li><li>M</li></ul><ol><li>一</li></ol><blockquote>好评</blockquote>' +
        '<table><thead><tr><th colspan="2">尺码</th></tr></thead><tbody><tr><td rowspan="2">S</td><td>160</td></tr></tbody></table>' +
        '<p>Line<br />break kept text and this</p>',
    );
  });

  it('makes links open in a new tab without passing on our reputation', () => {
    expect(
      sanitizeDescription('<a href=" https://factory.example.com/?a=1&b=2 " title="t">工厂</a>'),
    ).toBe(
      '<a href="https://factory.example.com/?a=1&amp;b=2" rel="noopener nofollow ugc" target="_blank">工厂</a>',
    );
    expect(
      sanitizeDescription(
        '<a href="mailto:sales@example.com" rel="opener" target="_self">mail</a>',
      ),
    ).toBe(
      '<a href="mailto:sales@example.com" rel="noopener nofollow ugc" target="_blank">mail</a>',
    );
    // A link that is not absolute keeps its words only.
    expect(sanitizeDescription('<a href="/admin">看这里</a>')).toBe('看这里');
  });

  it('keeps our product images and https images, with alt and a numeric size', () => {
    const ours = productImageUrl('0b7c6a4e-1f2a-4b3c-9d8e-112233445566', 'page');
    expect(
      sanitizeDescription(`<img src="${ours}" alt="正面" width="600" height="big" class="x">`),
    ).toBe(`<img src="${ours}" alt="正面" width="600" />`);
    expect(sanitizeDescription('<img src="https://cdn.example.com/a.jpg">')).toBe(
      '<img src="https://cdn.example.com/a.jpg" />',
    );
    expect(sanitizeDescription('<p>a<img src="/media/products/not-an-id/page">b</p>')).toBe(
      '<p>ab</p>',
    );
  });

  it('maps headings into the allowed levels', () => {
    expect(sanitizeDescription('<h1>A</h1><h5>B</h5><h6>C</h6>')).toBe(
      '<h2>A</h2><h4>B</h4><h4>C</h4>',
    );
  });

  it('gives the plain text a buyer reads, words of different blocks apart', () => {
    expect(
      descriptionText(
        '<h2>规格</h2><p>纯棉&amp;亚麻 &lt;100g&gt;</p><ul><li>S</li><li>M</li></ul><script>x()</script>a<br>b',
      ),
    ).toBe('规格 纯棉&亚麻 <100g> S M a b');
  });

  it('reports a description that is too long, by text and by markup', () => {
    expect(
      descriptionProblem(
        sanitizeDescription(`<p>${'好'.repeat(DESCRIPTION_MAX_TEXT_CHARACTERS)}</p>`),
      ),
    ).toBeNull();
    expect(
      descriptionProblem(`<p>${'好'.repeat(DESCRIPTION_MAX_TEXT_CHARACTERS + 1)}</p>`),
    ).toEqual({
      rule: 'max_text_length',
      limit: DESCRIPTION_MAX_TEXT_CHARACTERS,
    });
    const heavyMarkup = '<p><strong><em><u>x</u></em></strong></p>'.repeat(4_000);
    expect(descriptionProblem(heavyMarkup)).toEqual({
      rule: 'max_html_bytes',
      limit: DESCRIPTION_MAX_HTML_BYTES,
    });
  });
});

// Random soup of allowed and hostile fragments, in random case and broken in random places.
const fragment = fc.oneof(
  fc.constantFrom(
    '<p>',
    '</p>',
    '<b>',
    '</b>',
    '<a href="https://ok.example.com/x">',
    '<a href="javascript:alert(1)">',
    '<a href="jav&#x09;ascript:alert(1)">',
    '</a>',
    '<img src="https://ok.example.com/i.png" onerror="alert(1)">',
    '<img src="data:image/png;base64,AAAA">',
    '<script>',
    '</script>',
    '<style>',
    '</style>',
    '<svg onload=alert(1)>',
    '</svg>',
    '<iframe src="https://x.example.com">',
    '<table><tr><td colspan="3">',
    '</td></tr></table>',
    '<li>',
    '<ul>',
    '</ul>',
    ' style="x:expression(alert(1))"',
    ' onclick="alert(1)"',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '"',
    "'",
    '<',
    '>',
    '&lt;',
    '&amp;',
    '&#60;',
    '&quot;',
    '=',
    '/',
    '连衣裙',
    ' ',
  ),
  fc.string({ maxLength: 8 }),
);
const caseMix = fc.func(fc.boolean());
const soup = fc
  .tuple(fc.array(fragment, { maxLength: 40 }), caseMix)
  .map(([parts, upper]) =>
    parts
      .map((part) =>
        part.replace(/[a-z]/g, (letter) => (upper(part, letter) ? letter.toUpperCase() : letter)),
      )
      .join(''),
  );

describe('sanitising any input', () => {
  it('never lets anything outside the safe subset through, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(soup, (html) => {
        const output = sanitizeDescription(html);
        expect(unsafeParts(output)).toEqual([]);
        expect(sanitizeDescription(output)).toBe(output);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads the plain text off sanitised markup as a parser reads it, with the markup in one pass', () => {
    // The text is read without parsing the sanitised markup again: what sanitize-html itself
    // makes of it with every tag dropped (entities decoded, block ends spaced) is the reference.
    const parsedText = (sanitized: string) =>
      sanitizeHtml(
        sanitized.replace(/<\/(?:p|h[2-4]|li|blockquote|tr|td|th|ul|ol|table)>|<br \/>/g, '$& '),
        { allowedTags: [], allowedAttributes: {} },
      )
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    fc.assert(
      fc.property(soup, (html) => {
        const sanitized = sanitizeDescription(html);
        expect(descriptionText(html)).toBe(parsedText(sanitized));
        expect(sanitizeWithText(html)).toEqual({ html: sanitized, text: descriptionText(html) });
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same plain text before and after sanitising', () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(descriptionText(sanitizeDescription(html))).toBe(descriptionText(html));
      }),
      { numRuns: 500 },
    );
  });
});
