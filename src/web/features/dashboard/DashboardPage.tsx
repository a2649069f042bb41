import { Link } from '@tanstack/react-router';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';

const steps: { title: MessageKey; body: MessageKey }[] = [
  { title: 'dashboard.step1.title', body: 'dashboard.step1.body' },
  { title: 'dashboard.step2.title', body: 'dashboard.step2.body' },
  { title: 'dashboard.step3.title', body: 'dashboard.step3.body' },
  { title: 'dashboard.step4.title', body: 'dashboard.step4.body' },
];

/** The visitor's home (`/`): what Kaidian does and the road to an open store. */
export function DashboardPage() {
  const t = useT();
  usePageTitle('nav.dashboard', 'app.sellerCenter');
  return (
    <section className="page">
      <div className="hero">
        <p className="eyebrow">{t('dashboard.eyebrow')}</p>
        <h1 className="hero__title">{t('dashboard.title')}</h1>
        <p className="hero__intro">{t('dashboard.intro')}</p>
        <div className="hero__actions">
          <Link to="/signup" className="button button--primary">
            {t('dashboard.primaryAction')}
          </Link>
          <Link to="/login" className="button button--secondary">
            {t('dashboard.secondaryAction')}
          </Link>
        </div>
      </div>
      <h2 className="section-title">{t('dashboard.stepsTitle')}</h2>
      <ol className="steps">
        {steps.map((step, index) => (
          <li key={step.title} className="card step">
            <span className="step__number" aria-hidden="true">
              {index + 1}
            </span>
            <h3 className="step__title">{t(step.title)}</h3>
            <p className="step__body">{t(step.body)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
