import { AppError } from '../../../errors.ts';
import type { ProviderCode } from '../schema.ts';
import { offlineProvider } from './offline.ts';
import type { PaymentProvider } from './provider.ts';
import { sandboxProvider } from './sandbox.ts';

const PROVIDERS: Record<ProviderCode, PaymentProvider> = {
  sandbox: sandboxProvider,
  offline: offlineProvider,
};

export function paymentProvider(code: string): PaymentProvider {
  const provider = (PROVIDERS as Record<string, PaymentProvider | undefined>)[code];
  if (!provider) throw new AppError('payment.unknown_provider', undefined, { provider: code });
  return provider;
}

export type { PaymentInstructions, PaymentProvider } from './provider.ts';
