/** The events moderation records (the products manifest declares them). */
export const MODERATION_EVENTS = ['product.approved', 'product.rejected', 'product.taken_down'];
