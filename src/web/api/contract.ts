// Names for the shapes the server's schemas give its operations (by operationId), so the web
// never restates an API type: a field changed on the server fails the web type-check.
import type { operations } from './openapi';

export type { components, operations, paths } from './openapi';

type Operation = keyof operations;
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON an operation answers with on `status` (its 2xx by default). */
export type ResponseOf<
  Name extends Operation,
  Status extends
    keyof operations[Name]['responses'] = 200 extends keyof operations[Name]['responses']
    ? 200
    : 201 extends keyof operations[Name]['responses']
      ? 201
      : keyof operations[Name]['responses'],
> = JsonOf<operations[Name]['responses'][Status]>;

/** The JSON body an operation takes. */
export type RequestOf<Name extends Operation> = JsonOf<
  NonNullable<operations[Name]['requestBody']>
>;

/** An operation's query parameters. */
export type QueryOf<Name extends Operation> = NonNullable<operations[Name]['parameters']['query']>;
