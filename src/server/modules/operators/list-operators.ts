import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Operator, operators } from './schema.ts';

/** All operators, by name: the platform has tens of them, not thousands. */
export function listOperators(db: Executor): Promise<Operator[]> {
  return db.select().from(operators).orderBy(asc(operators.name), asc(operators.email));
}
