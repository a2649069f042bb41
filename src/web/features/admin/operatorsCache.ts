import type { ResponseOf } from '../../api/contract';
import { queryClient } from '../../api/query';
import type { Operator } from './operator';

type OperatorList = ResponseOf<'getAdminOperators'>;

/** A changed or new operator's answer is the list's new row: the list is not asked again. */
export function showOperator(operator: Operator) {
  queryClient.setQueryData<OperatorList>(['get', '/api/v1/admin/operators'], (list) => {
    if (!list) return list;
    const known = list.operators.some((current) => current.id === operator.id);
    return {
      operators: known
        ? list.operators.map((current) => (current.id === operator.id ? operator : current))
        : [...list.operators, operator],
    };
  });
}
