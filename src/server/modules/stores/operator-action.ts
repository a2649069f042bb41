/** Who did an operator action, from where and when: what the audit log records. */
export interface OperatorAction {
  operatorId: string;
  ip: string | null;
  now: Date;
}
