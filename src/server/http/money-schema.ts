import { Type } from '@sinclair/typebox';

/** An amount as every answer gives it: integer minor units (fen) and the ISO currency. */
export const MoneyView = Type.Object({ amount: Type.Integer(), currency: Type.String() });
