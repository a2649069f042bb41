/** SPEC §3: at most 10 MB and 40 megapixels per upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 40_000_000;
