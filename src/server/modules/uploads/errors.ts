import { defineErrors } from '../../errors.ts';

export const uploadErrors = defineErrors({
  'upload.unsupported_type': {
    status: 415,
    en: 'This kind of file is not accepted. Upload a JPEG, PNG or WebP image (PDF only for verification documents).',
    'zh-CN': '不支持该文件类型。请上传 JPEG、PNG 或 WebP 图片（仅认证材料可上传 PDF）。',
  },
  'upload.too_large': {
    status: 413,
    en: 'The file is larger than {limitMb} MB.',
    'zh-CN': '文件超过 {limitMb} MB。',
  },
  'upload.too_many_pixels': {
    status: 413,
    en: 'The image is larger than {limitMegapixels} megapixels. Please upload a smaller image.',
    'zh-CN': '图片超过 {limitMegapixels} 百万像素，请上传较小的图片。',
  },
  'upload.unreadable': {
    status: 422,
    en: 'The file could not be read. It may be damaged; please upload it again.',
    'zh-CN': '无法读取该文件，文件可能已损坏，请重新上传。',
  },
  'upload.not_found': {
    status: 404,
    en: 'This file does not exist.',
    'zh-CN': '该文件不存在。',
  },
});
