import { useI18n } from '../../i18n/i18n';
import { CheckIcon } from '../../shell/icons';
import {
  answerLabel,
  answersText,
  profileFieldLabels,
  profileFields,
} from '../admin-growth/profileAnswers';
import styles from './MerchantDrawer.module.css';
import { Facts, Row, Section, useNone } from './MerchantFacts';
import type { MerchantDetail } from './types';

// What the merchant told about their business, and how far they are in the growth plan.

export function ProfileSection({ profile }: { profile: MerchantDetail['businessProfile'] }) {
  const { t, language } = useI18n();
  const none = useNone();
  return (
    <Section title={t('merchants.detail.profile')}>
      {profile ? (
        <Facts>
          {profileFields.map((field) => {
            const value = profile[field];
            return (
              <Row key={field} label={t(profileFieldLabels[field])}>
                {typeof value === 'string'
                  ? answerLabel(field, value, t, language)
                  : value.length > 0
                    ? answersText(field, value, t, language)
                    : none}
              </Row>
            );
          })}
        </Facts>
      ) : (
        <p className={styles.note}>{t('merchants.detail.noProfile')}</p>
      )}
    </Section>
  );
}

export function GrowthSection({ growth }: { growth: MerchantDetail['growth'] }) {
  const { t } = useI18n();
  return (
    <Section title={t('merchants.detail.growth')}>
      <div className={styles.progress}>
        <div
          className={styles.progressBar}
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={growth.progress}
          aria-label={t('merchants.detail.growth')}
        >
          <span style={{ width: `${growth.progress}%` }} />
        </div>
        <span className={styles.progressValue}>{growth.progress}%</span>
      </div>
      <p className={styles.note}>
        {t('merchants.detail.progress', { completed: growth.completed, total: growth.total })}
        {' · '}
        {growth.next
          ? t('merchants.detail.next', { title: growth.next.title })
          : t('merchants.detail.allDone')}
      </p>
      <ol className={styles.tasks} data-testid="growth-tasks">
        {growth.tasks.map((task) => (
          <li key={task.key} className={styles.task} data-done={task.done || undefined}>
            <span className={styles.mark} aria-hidden="true">
              {task.done && <CheckIcon />}
            </span>
            <span className={styles.taskTitle}>{task.title}</span>
            <span className="visually-hidden">
              {t(task.done ? 'merchants.detail.done' : 'merchants.detail.notDone')}
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
