import type { CSSProperties } from 'react';
import { type Control, Controller } from 'react-hook-form';
import { THEME_COLOURS } from '../../../shared/store-themes';
import { useT } from '../../i18n/i18n';
import { FieldGroup } from '../../ui/Field';
import type { DesignValues } from './designForm';
import { templateLabels, themeLabels } from './display';
import styles from './LookFields.module.css';
import { type TemplateId, type Theme, templateIds, themes } from './types';

/** The template and the colour theme, each a set of radio cards. */
export function LookFields({
  control,
  theme,
  errors,
}: {
  control: Control<DesignValues>;
  /** The theme chosen, which the template sketches are drawn in. */
  theme: Theme;
  errors: { templateId?: string | undefined; theme?: string | undefined };
}) {
  const t = useT();
  return (
    <>
      <FieldGroup legend={t('store.design.template')} error={errors.templateId}>
        <Controller
          control={control}
          name="templateId"
          render={({ field }) => (
            <div className={styles.templates}>
              {templateIds.map((id) => (
                <label key={id} className={styles.option}>
                  <input
                    type="radio"
                    name={field.name}
                    value={id}
                    checked={field.value === id}
                    onChange={() => field.onChange(id)}
                  />
                  <TemplateThumbnail template={id} theme={theme} />
                  <span className={styles.optionName}>{t(templateLabels[id].name)}</span>
                  <span className={styles.optionDescription}>
                    {t(templateLabels[id].description)}
                  </span>
                </label>
              ))}
            </div>
          )}
        />
      </FieldGroup>
      <FieldGroup legend={t('store.design.theme')} error={errors.theme}>
        <Controller
          control={control}
          name="theme"
          render={({ field }) => (
            <div className={styles.swatches}>
              {themes.map((option) => (
                <label key={option} className={styles.swatch}>
                  <input
                    type="radio"
                    name={field.name}
                    value={option}
                    checked={field.value === option}
                    onChange={() => field.onChange(option)}
                  />
                  <span
                    className={styles.colour}
                    style={{ '--swatch': THEME_COLOURS[option].brand } as CSSProperties}
                    aria-hidden="true"
                  />
                  <span className={styles.swatchLabel}>{t(themeLabels[option])}</span>
                </label>
              ))}
            </div>
          )}
        />
      </FieldGroup>
    </>
  );
}

/** A sketch of each template's layout, in the chosen theme's colour. */
function TemplateThumbnail({ template, theme }: { template: TemplateId; theme: Theme }) {
  const colours = THEME_COLOURS[theme];
  const columns = template === 'classic' ? 4 : template === 'modern' ? 3 : 5;
  return (
    <span
      className={styles.thumb}
      data-template={template}
      style={{ '--thumb-brand': colours.brand, '--thumb-soft': colours.brandSoft } as CSSProperties}
      aria-hidden="true"
    >
      <span className={styles.thumbTop}>
        <span className={styles.thumbLogo} />
        <span className={styles.thumbName} />
      </span>
      <span className={styles.thumbBanner} />
      <span className={styles.thumbBody}>
        {template === 'wholesale' && <span className={styles.thumbSide} />}
        <span className={styles.thumbGrid}>
          {Array.from({ length: columns * 2 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholder tiles
            <span key={index} className={styles.thumbTile} />
          ))}
        </span>
      </span>
    </span>
  );
}
