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
  'upload.not_multipart': {
    status: 415,
    en: 'Send the file as a multipart/form-data form with the fields `file` and `purpose`.',
    'zh-CN': '请以 multipart/form-data 表单上传，包含 file 和 purpose 两个字段。',
  },
  'upload.malformed_form': {
    status: 400,
    en: 'The upload arrived incomplete or damaged. Please try again.',
    'zh-CN': '上传的数据不完整或已损坏，请重试。',
  },
  'upload.pdf_unreadable': {
    status: 422,
    en: 'This file is not a PDF that can be opened. Please scan the document again or save it as a new PDF.',
    'zh-CN': '该文件不是可以正常打开的 PDF，请重新扫描，或另存为新的 PDF 后上传。',
  },
  'upload.pdf_encrypted': {
    status: 422,
    en: 'This PDF is password-protected or encrypted. Please upload a copy without protection.',
    'zh-CN': '该 PDF 设有密码或已加密，请上传未加密的版本。',
  },
  'upload.pdf_scripts': {
    status: 422,
    en: 'This PDF contains scripts, links or automatic actions, which are not accepted. Please scan the document or print it to a new PDF.',
    'zh-CN':
      '该 PDF 含有脚本、链接或自动执行的操作，无法接受。请重新扫描，或“打印”为新的 PDF 后上传。',
  },
  'upload.pdf_attachments': {
    status: 422,
    en: 'This PDF contains embedded files or media, which are not accepted. Please upload the document pages only.',
    'zh-CN': '该 PDF 内嵌了其他文件或媒体，无法接受。请只上传证件页面。',
  },
  'upload.pdf_form': {
    status: 422,
    en: 'This PDF is a fillable form, which is not accepted. Please print it to a new PDF or upload a scan.',
    'zh-CN': '该 PDF 是可填写的表单，无法接受。请“打印”为新的 PDF，或上传扫描件。',
  },
  'upload.not_found': {
    status: 404,
    en: 'This file does not exist.',
    'zh-CN': '该文件不存在。',
  },
});
