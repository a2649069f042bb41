// One way to fill a message, for the server's error texts and the web app's catalogs alike.

const PLURAL =
  /\{(\w+),\s*plural,\s*((?:(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}\s*)+)\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fill `{name}` placeholders, and plurals written the ICU way:
 * `{count, plural, one {# payment} other {# payments}}`, where `#` is the count. English needs
 * them ("1 payment", "2 payments"); Chinese has no plural forms, so its messages use plain
 * placeholders. A count may come formatted ("1,000"). Unknown placeholders stay visible, so a
 * missing value is noticed.
 */
export function formatMessage(
  template: string,
  values: Record<string, unknown> = {},
  locale = 'en',
): string {
  return template
    .replace(PLURAL, (whole, name: string, branches: string) => {
      if (!(name in values)) return whole;
      const value = values[name];
      const count = typeof value === 'number' ? value : Number(String(value).replace(/[,\s]/g, ''));
      const forms = new Map<string, string>();
      for (const [, selector = '', text = ''] of branches.matchAll(BRANCH))
        forms.set(selector, text);
      const form =
        forms.get(`=${count}`) ??
        forms.get(Number.isFinite(count) ? new Intl.PluralRules(locale).select(count) : 'other') ??
        forms.get('other') ??
        '';
      const shown =
        typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
      return form.replaceAll('#', shown);
    })
    .replace(PLACEHOLDER, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
