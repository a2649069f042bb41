import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { TextField } from '../../ui/TextField';
import { RequireRole } from '../admin/guards';
import styles from './Moderation.module.css';

const WORD_MAX_LENGTH = 64;
type Values = { text: string };

const wordsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The admin's list of banned words (SPEC §9), one per line. */
export function BannedWordsPage() {
  return (
    <RequireRole roles={['admin']}>
      <BannedWords />
    </RequireRole>
  );
}

function BannedWords() {
  const { t } = useI18n();
  usePageTitle('moderation.words.title', 'app.console');
  const list = $api.useQuery('get', '/api/v1/admin/banned-words');
  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('moderation.words.title')}</h1>
        <p className="page__summary">{t('moderation.words.summary')}</p>
      </header>
      {list.data ? (
        <WordsForm words={list.data.words} />
      ) : list.isPending ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
      )}
    </section>
  );
}

function WordsForm({ words }: { words: string[] }) {
  const { t } = useI18n();
  const form = useForm<Values>({ defaultValues: { text: words.join('\n') } });
  const save = $api.useMutation('put', '/api/v1/admin/banned-words');
  const [saved, setSaved] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const { errors, isSubmitting } = form.formState;
  const count = wordsOf(form.watch('text')).length;

  const submit = form.handleSubmit(async (values) => {
    setSaved(null);
    setFailure(null);
    try {
      const answer = await save.mutateAsync({ body: { words: wordsOf(values.text) } });
      void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/admin/banned-words'] });
      form.reset({ text: answer.words.join('\n') });
      setSaved(answer.words.length);
    } catch (error) {
      if (!showServerErrors(error, form.setError, () => 'text')) setFailure(error);
    }
  });

  return (
    <form className={`card form-stack ${styles.wordsForm}`} onSubmit={submit} noValidate>
      {saved !== null && (
        <SuccessNotice>{t('moderation.words.saved', { count: saved })}</SuccessNotice>
      )}
      <ErrorNotice error={failure} />
      <TextField
        label={t('moderation.words.label')}
        hint={t('moderation.words.hint', { max: WORD_MAX_LENGTH })}
        error={errors.text?.message}
        type="textarea"
        rows={14}
        className={styles.wordsInput}
        registration={form.register('text', {
          validate: (text) => {
            const line = text.split('\n').findIndex((word) => word.trim().length > WORD_MAX_LENGTH);
            return (
              line < 0 || t('moderation.words.tooLong', { line: line + 1, max: WORD_MAX_LENGTH })
            );
          },
        })}
      />
      <div className="form-actions">
        <span className={styles.muted}>{t('moderation.words.count', { count })}</span>
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('moderation.words.save')}
        </button>
      </div>
    </form>
  );
}
