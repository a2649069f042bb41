import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';

type Labelled = {
  label: ReactNode;
  hint?: ReactNode;
  /** The field's message from react-hook-form (`form.formState.errors.x?.message`). */
  error?: string | undefined;
  optional?: boolean;
  /** Something beside the label, such as a "Forgot password?" link. */
  action?: ReactNode;
  /** What `form.register('x', rules)` answered: name, ref, onChange, onBlur. */
  registration: UseFormRegisterReturn;
  /** Classes added to the control's own `field__input`, such as `mono`. */
  className?: string | undefined;
};

// Everything Field and the registration already set is not the caller's to pass again.
type Owned =
  | 'id'
  | 'className'
  | 'type'
  | 'aria-describedby'
  | 'aria-invalid'
  | 'name'
  | 'ref'
  | 'onChange'
  | 'onBlur';

export type TextFieldProps = Labelled &
  (
    | ({ type?: 'text' | 'email' | 'tel' | 'number' | 'url' } & Omit<
        InputHTMLAttributes<HTMLInputElement>,
        Owned
      >)
    | ({ type: 'textarea' } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Owned>)
  );

// An address is typed as it is: no capital first letter, no spelling marks, the e-mail keyboard.
const typedAddress = { inputMode: 'email', autoCapitalize: 'off', spellCheck: false } as const;

/**
 * A labelled text input (or textarea) registered with react-hook-form: the label points at the
 * control, and the control is described by its hint and error and marked invalid with the error. An e-mail
 * field is typed without capitals or spelling marks unless the caller says otherwise.
 */
export function TextField(props: TextFieldProps) {
  const { label, hint, error, optional, action, registration, className, ...rest } = props;
  const classes = className ? `field__input ${className}` : 'field__input';
  return (
    <Field label={label} hint={hint} error={error} optional={optional ?? false} action={action}>
      {(control) => {
        if (rest.type === 'textarea') {
          const { type: _textarea, ...textarea } = rest;
          return <textarea {...textarea} {...control} className={classes} {...registration} />;
        }
        const { type = 'text', ...input } = rest;
        return (
          <input
            {...(type === 'email' ? typedAddress : {})}
            {...input}
            {...control}
            type={type}
            className={classes}
            {...registration}
          />
        );
      }}
    </Field>
  );
}
