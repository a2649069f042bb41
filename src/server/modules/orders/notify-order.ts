import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { merchantFacts } from '../accounts/index.ts';
import { bankAccount, type Payment } from '../payments/index.ts';
import { storeSummariesOf } from '../stores/index.ts';
import { addressLine } from './address.ts';
import { type OrderLineData, queueEmail } from './notification-templates.ts';
import { type Order, orderLines } from './schema.ts';

async function linesOf(tx: Tx, order: Order): Promise<OrderLineData[]> {
  const lines = await tx
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.position));
  return lines.map((line) => ({
    title: line.title,
    sku: line.sku,
    options: line.options,
    quantity: line.quantity,
    unit: { amount: line.unitAmount, currency: order.currency },
    line: { amount: line.lineAmount, currency: order.currency },
  }));
}

/**
 * The buyer's confirmation, in the language they checked out in, with the link that holds the
 * order's key. The outbox keeps the link until the mail is sent, as the mail itself does.
 */
export async function mailBuyerPlaced(tx: Tx, order: Order, key: string, payment: Payment) {
  const store = (await storeSummariesOf(tx, [order.merchantId])).get(order.merchantId);
  const account = payment.provider === 'offline' ? await bankAccount(tx) : null;
  await queueEmail(tx, {
    key: `orders.buyer_placed:${order.id}`,
    to: order.buyerEmail,
    locale: order.locale,
    template: 'orders.buyer_placed',
    data: {
      orderId: order.id,
      key,
      number: order.number,
      store: store?.name ?? store?.slug ?? '',
      total: { amount: order.totalAmount, currency: order.currency },
      payBy: order.payBy.toISOString(),
      lines: await linesOf(tx, order),
      transfer:
        account && payment.reference
          ? {
              accountName: account.accountName,
              bankName: account.bankName,
              accountNumber: account.accountNumber,
              reference: payment.reference,
            }
          : null,
    },
  });
}

/**
 * The merchant's order mail (SPEC §7, the AliExpress seed: the order information goes to the
 * e-mail used for registration so that the merchant can collect payment), in their language.
 */
export async function mailMerchantPaid(tx: Tx, order: Order) {
  const merchant = await merchantFacts(tx, order.merchantId);
  if (!merchant?.email) return;
  await queueEmail(tx, {
    key: `orders.merchant_paid:${order.id}`,
    to: merchant.email,
    locale: merchant.locale,
    template: 'orders.merchant_paid',
    data: {
      orderId: order.id,
      number: order.number,
      total: { amount: order.totalAmount, currency: order.currency },
      lines: await linesOf(tx, order),
      buyer: { name: order.buyerName, email: order.buyerEmail, phone: order.buyerPhone },
      address: addressLine(order.shippingAddress, merchant.locale),
    },
  });
}
