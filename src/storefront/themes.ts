import type { TemplateId, Theme } from '../server/modules/stores/design/design-input.ts';
import { THEME_COLOURS } from '../shared/store-themes.ts';

/** Each theme is a handful of CSS variables; templates use only the variables. */
function themeVariables(theme: Theme): string {
  const colours = THEME_COLOURS[theme];
  return `--brand:${colours.brand};--brand-dark:${colours.brandDark};--brand-ink:${colours.brandInk};--brand-soft:${colours.brandSoft}`;
}

// A banner is shown whole at every width: its box keeps the 4:1 the editor asks for, and an image of
// another ratio is fitted inside it, never cropped (a crop cut the text merchants put on banners).
const SHARED = `
body{background:#fafaf9}.sf a{color:var(--brand)}
.sf-top{background:var(--brand);color:var(--brand-ink)}
.sf-top .wrap{display:flex;gap:16px;align-items:center}
.sf-logo{width:72px;height:72px;border-radius:8px;object-fit:cover;background:#fff;border:2px solid #fff}
.sf-name{margin:0;font-size:26px;line-height:1.2}
.sf-badges{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px;padding:0;list-style:none}
.sf-badge{font-size:12px;padding:2px 8px;border-radius:999px;background:var(--brand-soft);color:var(--brand-dark);font-weight:600}
.sf-badge.verified{background:#dcfce7;color:#166534}.sf-badge.test{background:#fef08a;color:#713f12}
.sf-banner{display:block;width:100%;max-width:1600px;height:auto;margin:0 auto;aspect-ratio:4/1;object-fit:contain;background:var(--brand-soft)}
.sf-note{background:#fef9c3;color:#713f12;padding:8px 16px;text-align:center;font-weight:600}
.sf-announcement{background:var(--brand-soft);border-left:4px solid var(--brand);padding:12px 16px;border-radius:4px;white-space:pre-line}
.sf-search{display:flex;gap:8px;margin:16px 0}.sf-search input{flex:1;padding:10px;border:1px solid #d6d3d1;border-radius:6px;font-size:16px}
.sf-search button{background:var(--brand);color:var(--brand-ink);border:0;border-radius:6px;padding:10px 18px;font-size:16px}
.sf-grid{display:grid;gap:12px;grid-template-columns:repeat(var(--columns),minmax(0,1fr));list-style:none;padding:0}
.sf-empty{padding:48px 16px;text-align:center;color:#78716c;background:#fff;border:1px dashed #d6d3d1;border-radius:8px}
.sf-about{white-space:pre-line}.sf-contacts dt{font-weight:600}.sf-contacts dd{margin:0 0 8px}
.sf-foot{color:#a8a29e;font-size:13px;text-align:center;padding:24px}
@media (max-width:640px){.sf-grid{--columns:2 !important}.sf-name{font-size:20px}.sf-side{order:2}}`;

const TEMPLATE_CSS: Record<TemplateId, string> = {
  // Logo and name in a coloured bar, banner under it, everything in one column.
  classic: `.sf{--columns:4}.sf-body{display:block}`,
  // The banner is the stage: name and logo over it, airy rounded cards.
  modern: `.sf{--columns:3}.sf-top{background:transparent;color:inherit;text-align:center}
.sf-top .wrap{flex-direction:column}.sf-logo{width:96px;height:96px;border-radius:50%;border-color:var(--brand)}
.sf-banner{border-radius:16px;max-width:960px;margin:0 auto}.sf-empty{border-radius:16px}
.sf-announcement{border-left:0;border-radius:16px;text-align:center}`,
  // Dense and businesslike: side column with company facts and contacts, more products per row.
  wholesale: `.sf{--columns:5}.sf-top .wrap{padding-top:10px;padding-bottom:10px}
.sf-logo{width:48px;height:48px}.sf-name{font-size:20px}.sf-banner{max-width:800px;margin:0 auto}
.sf-body{display:grid;grid-template-columns:260px 1fr;gap:24px}
@media (max-width:640px){.sf-body{grid-template-columns:1fr}}`,
};

export function storefrontStyle(templateId: TemplateId, theme: Theme): string {
  return `:root{${themeVariables(theme)}}${SHARED}${TEMPLATE_CSS[templateId]}`;
}
