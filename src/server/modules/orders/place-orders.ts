import { createHash, randomBytes } from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { cartForCheckout, emptyCart } from '../carts/index.ts';
import { createPayment, type Payment } from '../payments/index.ts';
import { type PricedLine, reserveStock } from '../products/index.ts';
import { durationMs, type SettingsReader } from '../settings/index.ts';
import { buyerPhone } from './buyer-contact.ts';
import type { CheckoutInput } from './checkout-schemas.ts';
import { orderLifecycle } from './lifecycle.ts';
import { mailBuyerPlaced } from './notify-order.ts';
import { type Order, orderLines, orders } from './schema.ts';

export type Checkout = Static<typeof CheckoutInput>;

export interface PlacedOrder {
  order: Order;
  /** The buyer's private key to the order; only its hash is stored. */
  key: string;
  storeSlug: string;
  payment: Payment;
}

/** The key's stored form. */
export const hashOrderKey = (key: string): Buffer => createHash('sha256').update(key).digest();

/**
 * Checkout (SPEC §7): a ready cart becomes one order per store, all or nothing, in the caller's
 * transaction. Stock is taken with conditional updates in the same transaction, so concurrent
 * buyers never oversell and a refused checkout holds nothing back; each order gets a payment to
 * be paid by its deadline (setting `orders.unpaid_minutes`, or `orders.unpaid_offline_days` for a
 * bank transfer), after which it is cancelled and its stock given back.
 */
export async function placeOrders(
  tx: Tx,
  cartId: string,
  input: Checkout,
  context: { locale: Locale; now: Date; settings: SettingsReader },
): Promise<PlacedOrder[]> {
  const { now } = context;
  const locale = input.locale ?? context.locale;
  const phone = buyerPhone(input.buyer.phone, input.shippingAddress.country, locale);
  const { view, lines } = await cartForCheckout(tx, cartId, now);
  if (lines.length === 0) throw new AppError('orders.cart_empty');
  const shortOnArrival = lines.filter((line) => line.problem === 'not_enough_stock');
  if (shortOnArrival.length > 0) throw outOfStock(shortOnArrival.map((line) => line.sku));
  if (!view.ready) throw new AppError('orders.cart_not_ready');

  const short = await reserveStock(tx, lines);
  if (short.length > 0) throw outOfStock(short);

  const payBy = new Date(
    now.getTime() +
      (input.provider === 'offline'
        ? durationMs(context.settings, 'orders.unpaid_offline_days')
        : durationMs(context.settings, 'orders.unpaid_minutes')),
  );
  const placed: PlacedOrder[] = [];
  for (const storeLines of byStore(lines).values()) {
    placed.push(await placeOne(tx, storeLines, { ...input, locale }, phone, payBy, now));
  }
  await emptyCart(tx, cartId);
  return placed;
}

function outOfStock(skus: string[]): AppError {
  return new AppError('orders.out_of_stock', { skus }, { skus: skus.join(', ') });
}

/** The cart's lines by store, in the order each store's first line was added. */
function byStore(lines: PricedLine[]): Map<string, PricedLine[]> {
  const groups = new Map<string, PricedLine[]>();
  for (const line of lines) {
    const storeId = line.product?.storeId as string;
    groups.set(storeId, [...(groups.get(storeId) ?? []), line]);
  }
  return groups;
}

async function placeOne(
  tx: Tx,
  lines: PricedLine[],
  input: Checkout & { locale: Locale },
  phone: string,
  payBy: Date,
  now: Date,
): Promise<PlacedOrder> {
  const [first] = lines;
  if (!first?.product) throw new Error('placeOne: a store group without its product');
  const goods = lines.reduce((sum, line) => sum + (line.lineTotal ?? 0), 0);
  const key = randomBytes(24).toString('base64url');
  const [inserted] = await tx
    .insert(orders)
    .values({
      number: await nextOrderNumber(tx, now),
      keyHash: hashOrderKey(key),
      storeId: first.product.storeId,
      merchantId: first.product.merchantId,
      buyerName: input.buyer.name.trim(),
      buyerEmail: input.buyer.email.trim().toLowerCase(),
      buyerPhone: phone,
      shippingAddress: input.shippingAddress,
      locale: input.locale,
      goodsAmount: goods,
      shippingAmount: 0,
      totalAmount: goods,
      currency: first.product.currency,
      provider: input.provider,
      payBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!inserted) throw new Error('order insert returned nothing');
  await tx.insert(orderLines).values(
    lines.map((line, position) => ({
      orderId: inserted.id,
      position,
      productId: line.productId,
      categoryId: line.product?.categoryId ?? null,
      sku: line.sku,
      title: line.product?.title ?? line.sku,
      options: line.options,
      quantity: line.quantity,
      unitAmount: line.unitPrice ?? 0,
      lineAmount: line.lineTotal ?? 0,
    })),
  );
  await orderLifecycle.record(tx, {
    id: inserted.id,
    from: null,
    to: 'pending_payment',
    actor: { kind: 'system', id: 'checkout' },
    at: now,
  });
  const payment = await createPayment(tx, {
    payer: { kind: 'guest', email: inserted.buyerEmail, name: inserted.buyerName },
    subject: { type: 'order', id: inserted.id },
    lines: [{ kind: 'goods', amount: goods }],
    currency: inserted.currency,
    provider: input.provider,
    now,
  });
  await mailBuyerPlaced(tx, inserted, key, payment);
  return { order: inserted, key, storeSlug: first.product.storeSlug, payment };
}

/** 260601-000123: the day in China, and a number no other order has. */
async function nextOrderNumber(tx: Tx, now: Date): Promise<string> {
  const result = await tx.execute<{ n: string }>(
    sql`SELECT nextval('order_number_seq')::text AS n`,
  );
  const sequence = result.rows[0]?.n ?? '0';
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: '2-digit',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .replaceAll('-', '');
  return `${day}-${sequence.padStart(6, '0')}`;
}
