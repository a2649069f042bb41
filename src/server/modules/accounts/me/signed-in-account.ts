import type { SessionSubject } from '../../sessions/index.ts';
import { type Merchant, merchants } from '../schema.ts';

/** The merchant a session belongs to, read with the session in one query (GET /api/v1/me). */
export const merchantSubject: SessionSubject<Merchant> = {
  name: 'merchant',
  table: merchants,
  id: merchants.id,
};
