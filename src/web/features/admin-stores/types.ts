import type { ResponseOf } from '../../api/contract';

// The console's view of payments, the catalogue and the payment settings: the server's own
// shapes (api/contract.ts, from the TypeBox schemas of src/server/modules/payments/routes and
// stores/offerings/offering-schemas.ts).

export type PaymentPage = ResponseOf<'getAdminPayments'>;
export type AdminPayment = PaymentPage['items'][number];

export type AdminStoreType = ResponseOf<'getAdminStoreTypes'>[number];
export type AdminPackage = AdminStoreType['packages'][number];
export type Names = AdminStoreType['names'];

export type PaymentSettings = ResponseOf<'getAdminPaymentSettings'>;

/** POST /api/v1/admin/payments/{id}/refunds (201): the refund and the payment as it now stands. */
export type RefundAnswer = ResponseOf<'postAdminPaymentsIdRefunds', 201>;
export type Refund = RefundAnswer['refund'];
