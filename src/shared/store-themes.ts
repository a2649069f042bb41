// The storefront's themes: the brand colours a merchant chooses from. The storefront paints its
// pages with them (src/storefront/themes.ts), the seller center's design editor shows them in its
// swatches and template sketches (LookFields), so both read this one table.

export type ThemeName = 'red' | 'teal' | 'ink' | 'gold';

export interface ThemeColours {
  /** Top bar, links, buttons. */
  brand: string;
  /** Brand text on soft backgrounds (badges). */
  brandDark: string;
  /** Text on the brand colour. */
  brandInk: string;
  /** Soft backgrounds: banner frame, badges, announcement. */
  brandSoft: string;
}

export const THEME_COLOURS: Record<ThemeName, ThemeColours> = {
  red: { brand: '#c0392b', brandDark: '#962d22', brandInk: '#fff', brandSoft: '#fdecea' },
  teal: { brand: '#0f766e', brandDark: '#0b5a54', brandInk: '#fff', brandSoft: '#ccfbf1' },
  ink: { brand: '#1f2937', brandDark: '#111827', brandInk: '#fff', brandSoft: '#e5e7eb' },
  gold: { brand: '#b7791f', brandDark: '#8a5a14', brandInk: '#fff', brandSoft: '#fef3c7' },
};
