import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { type Operator, operators } from './schema.ts';

export async function findOperatorById(db: Executor, id: string): Promise<Operator | null> {
  const [operator] = await db.select().from(operators).where(eq(operators.id, id));
  return operator ?? null;
}

export async function findOperatorByEmail(db: Executor, email: string): Promise<Operator | null> {
  const [operator] = await db.select().from(operators).where(eq(operators.email, email));
  return operator ?? null;
}
