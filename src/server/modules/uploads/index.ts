/** The uploads module's public surface. */
import { defineModule } from '../../module.ts';
import { uploadErrors } from './errors.ts';
import { productImageRoutes } from './product-image-routes.ts';
import { uploadRoutes } from './routes.ts';

export { findOwnUpload, findUploadsByIds } from './find-upload.ts';
export { MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from './limits.ts';
export {
  isProductImageUrl,
  PRODUCT_IMAGE_SIZES,
  type ProductImageSize,
  productImageUrl,
} from './product-image-url.ts';
export { type PublicImageCheck, registerPublicImageCheck } from './public-image-check.ts';
export { asFormError } from './read-upload-form.ts';
export { type Upload, type UploadContentType, type UploadPurpose, uploads } from './schema.ts';
export { sendStoredFile } from './send-stored-file.ts';
export { toUploadView, UploadViewSchema } from './upload-view.ts';

export const uploadsModule = defineModule({
  name: 'uploads',
  routes: [uploadRoutes, productImageRoutes],
  errors: uploadErrors,
});
