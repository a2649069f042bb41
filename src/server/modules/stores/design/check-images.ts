import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { findOwnUpload, type Upload } from '../../uploads/index.ts';

type Image = 'logo' | 'banner';
type ImageProblem = 'not_found' | 'wrong_purpose' | 'too_small' | 'not_square' | 'not_wide';

const IMAGE_NAMES: Record<Locale, Record<Image, string>> = {
  en: { logo: 'logo', banner: 'banner' },
  'zh-CN': { logo: '店标', banner: '店铺横幅' },
};
const REASONS: Record<Locale, Record<ImageProblem, string>> = {
  en: {
    not_found: 'upload it first (as your own file).',
    wrong_purpose: 'it was uploaded for another purpose; upload it again as a {image}.',
    too_small: 'it is too small (logo: at least 200×200; banner: at least 1200 px wide).',
    not_square: 'a logo must be square.',
    not_wide: 'a banner must be at least twice as wide as it is high.',
  },
  'zh-CN': {
    not_found: '请先上传（须为您自己的文件）。',
    wrong_purpose: '该图片是为其他用途上传的，请重新以{image}用途上传。',
    too_small: '尺寸太小（店标至少 200×200；横幅宽度至少 1200 像素）。',
    not_square: '店标必须是正方形。',
    not_wide: '横幅的宽度至少应为高度的两倍。',
  },
};

/** SPEC §5: a square logo of at least 200×200 (±2% for cropping), a wide banner. */
function problemOf(image: Image, upload: Upload | null): ImageProblem | null {
  if (!upload || upload.contentType === 'application/pdf') return 'not_found';
  if (upload.purpose !== image) return 'wrong_purpose';
  const width = upload.width ?? 0;
  const height = upload.height ?? 0;
  if (image === 'logo') {
    if (Math.min(width, height) < 200) return 'too_small';
    if (Math.abs(width - height) / Math.max(width, height) > 0.02) return 'not_square';
    return null;
  }
  if (width < 1200) return 'too_small';
  if (width < 2 * height) return 'not_wide';
  return null;
}

/** Each image named must be the merchant's own upload made for it, of the right shape. */
export async function checkDesignImages(
  db: Executor,
  merchantId: string,
  images: { logo: string | null; banner: string | null },
  locale: Locale,
): Promise<void> {
  for (const image of ['logo', 'banner'] as const) {
    const uploadId = images[image];
    if (!uploadId) continue;
    const problem = problemOf(image, await findOwnUpload(db, merchantId, uploadId));
    if (!problem) continue;
    const imageName = IMAGE_NAMES[locale][image];
    throw new AppError(
      'store.image_invalid',
      { image, reason: problem, uploadId },
      { image: imageName, reason: REASONS[locale][problem].replace('{image}', imageName) },
    );
  }
}
