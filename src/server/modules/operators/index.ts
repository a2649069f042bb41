/** The operators module's public surface. */
import { defineModule } from '../../module.ts';
import { operatorErrors } from './errors.ts';
import { operatorRoutes } from './routes.ts';

export { type CreatedOperator, createOperator, type NewOperator } from './create-operator.ts';
export { operatorNames } from './operator-names.ts';
export { type OperatorPrincipal, operatorOf, requireOperator } from './require-operator.ts';
export { OPERATOR_ROLES, type Operator, type OperatorRole } from './schema.ts';
export { totpCodeAt } from './totp.ts';
export { operatorSecretBox } from './totp-secret-box.ts';

export const operatorsModule = defineModule({
  name: 'operators',
  routes: [operatorRoutes],
  errors: operatorErrors,
});
