/** The operators module's public surface. */
export { type CreatedOperator, createOperator, type NewOperator } from './create-operator.ts';
export { type OperatorPrincipal, operatorOf, requireOperator } from './require-operator.ts';
export { OPERATOR_ROLES, type Operator, type OperatorRole } from './schema.ts';
export { totpCodeAt } from './totp.ts';
export { operatorSecretBox } from './totp-secret-box.ts';
