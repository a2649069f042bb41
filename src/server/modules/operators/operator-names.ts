import { QueryBuilder } from 'drizzle-orm/pg-core';
import { operators } from './schema.ts';

/**
 * Who an operator is, as other modules may show it (the reviewer of a verification case, the
 * actor of an audit entry): a subquery to join on, so the operators table stays this module's own.
 */
export const operatorNames = new QueryBuilder()
  .select({ id: operators.id, email: operators.email, name: operators.name })
  .from(operators)
  .as('operator_names');
