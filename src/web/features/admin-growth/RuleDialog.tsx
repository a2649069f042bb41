import type { FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { TextField } from '../../ui/TextField';
import { ConditionEditor } from './ConditionEditor';
import growth from './growth.module.css';
import { invalidateGrowth } from './queries';
import styles from './RuleDialog.module.css';
import {
  type RuleValues,
  ruleBody,
  ruleFieldFor,
  ruleFields,
  ruleValues,
  wholeNumber,
} from './ruleForm';
import { TaskKeysEditor } from './TaskKeysEditor';
import type { GrowthRule, GrowthTask } from './types';

/** Add a rule or change one: names, priority, its condition and its tasks in plan order. */
export function RuleDialog({
  rule,
  tasks,
  nextPriority,
  onClose,
  onSaved,
}: {
  rule: GrowthRule | null;
  tasks: GrowthTask[];
  nextPriority: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const form = useForm<RuleValues>({ defaultValues: ruleValues(rule, nextPriority) });
  const { errors, isSubmitting } = form.formState;
  const create = $api.useMutation('post', '/api/v1/admin/growth/rules');
  const update = $api.useMutation('put', '/api/v1/admin/growth/rules/{id}');
  const failure = create.error ?? update.error;

  const save = form.handleSubmit(async (values) => {
    try {
      const body = ruleBody(values);
      if (rule) await update.mutateAsync({ params: { path: { id: rule.id } }, body });
      else await create.mutateAsync({ body: { key: values.key.trim(), ...body } });
      await invalidateGrowth();
      onSaved();
    } catch (error) {
      showServerErrors(error, form.setError, ruleFieldFor);
    }
  });
  // What the server said about a test or the task list sits on no input, so react-hook-form would
  // keep it and refuse every later submit: each save starts from the form's own checks.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    form.clearErrors();
    return save(event);
  };

  return (
    <Dialog
      title={
        rule
          ? t('growthAdmin.rule.editTitle', { key: rule.key })
          : t('growthAdmin.rule.createTitle')
      }
      onClose={onClose}
    >
      <FormProvider {...form}>
        <form className={`dialog__form ${growth.form}`} onSubmit={submit} noValidate>
          <ErrorNotice error={failure} fields={ruleFields} />
          <div className={styles.head}>
            {!rule && (
              <TextField
                label={t('growthAdmin.key')}
                hint={t('growthAdmin.keyHint')}
                error={errors.key?.message}
                className="mono"
                maxLength={60}
                autoCapitalize="off"
                spellCheck={false}
                registration={form.register('key')}
              />
            )}
            <TextField
              label={t('growthAdmin.rule.nameEn')}
              error={errors.nameEn?.message}
              lang="en"
              maxLength={100}
              placeholder={t('growthAdmin.rule.nameEnPlaceholder')}
              registration={form.register('nameEn')}
            />
            <TextField
              label={t('growthAdmin.rule.nameZh')}
              error={errors.nameZh?.message}
              lang="zh-CN"
              maxLength={100}
              placeholder={t('growthAdmin.rule.nameZhPlaceholder')}
              registration={form.register('nameZh')}
            />
            <TextField
              label={t('growthAdmin.rule.priority')}
              hint={t('growthAdmin.rule.priorityHint')}
              error={errors.priority?.message}
              inputMode="numeric"
              registration={form.register('priority', {
                validate: (value) =>
                  wholeNumber.test(value.trim()) || t('growthAdmin.rule.priorityInvalid'),
              })}
            />
          </div>
          <label className="checkbox">
            <input type="checkbox" {...form.register('active')} />
            <span>{t('growthAdmin.rule.activeLabel')}</span>
          </label>
          <fieldset className={growth.formSection}>
            <legend className="field__label">{t('growthAdmin.rule.condition')}</legend>
            <ConditionEditor />
          </fieldset>
          <fieldset className={growth.formSection}>
            <legend className="field__label">{t('growthAdmin.rule.tasks')}</legend>
            <TaskKeysEditor tasks={tasks} />
          </fieldset>
          <div className={`form-actions ${growth.formActions}`}>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('growthAdmin.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {t('growthAdmin.save')}
            </button>
          </div>
        </form>
      </FormProvider>
    </Dialog>
  );
}

/** Delete a rule, once the operator has read what that does to the plans. */
export function DeleteRuleDialog({
  rule,
  name,
  onClose,
  onDeleted,
}: {
  rule: GrowthRule;
  name: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useT();
  const remove = $api.useMutation('delete', '/api/v1/admin/growth/rules/{id}', {
    onSuccess: async () => {
      await invalidateGrowth();
      onDeleted();
    },
  });
  return (
    <Dialog
      title={t('growthAdmin.rules.deleteTitle', { name })}
      description={t('growthAdmin.rules.deleteBody')}
      onClose={onClose}
    >
      <ErrorNotice error={remove.error} />
      <div className={`form-actions ${growth.formActions}`}>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('growthAdmin.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate({ params: { path: { id: rule.id } } })}
        >
          {t('growthAdmin.rules.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
