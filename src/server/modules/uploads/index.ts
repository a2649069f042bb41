/** The uploads module's public surface. */
import { defineModule } from '../../module.ts';
import { uploadErrors } from './errors.ts';
import { uploadRoutes } from './routes.ts';

export { findOwnUpload, findUploadsByIds } from './find-upload.ts';
export { MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from './limits.ts';
export { type Upload, type UploadContentType, type UploadPurpose, uploads } from './schema.ts';
export { sendStoredFile } from './send-stored-file.ts';
export { toUploadView, UploadViewSchema } from './upload-view.ts';

export const uploadsModule = defineModule({
  name: 'uploads',
  routes: [uploadRoutes],
  errors: uploadErrors,
});
