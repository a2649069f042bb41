import type { Theme } from './types';

/**
 * The storefront's theme colours (src/storefront/themes.ts): the merchant's brand choices, shown
 * in the editor's swatches and template sketches as the storefront will paint them. Data, not
 * the seller center's styling (which uses the design tokens of styles.css).
 */
export const themePalette: Record<Theme, { brand: string; soft: string }> = {
  red: { brand: '#c0392b', soft: '#fdecea' },
  teal: { brand: '#0f766e', soft: '#ccfbf1' },
  ink: { brand: '#1f2937', soft: '#e5e7eb' },
  gold: { brand: '#b7791f', soft: '#fef3c7' },
};
