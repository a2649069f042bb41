import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { ApiError } from '../../api/client';
import { uploadFile } from '../../api/upload';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { ImageGallery } from '../../ui/ImageGallery';
import { RichTextEditor } from '../../ui/RichTextEditor';
import { imageTypes } from '../verification/upload';
import { maxImages, type ProductValues } from './formValues';
import styles from './ProductForm.module.css';

/** 商品详情: the rich-text description. */
export function DescriptionSection({
  form,
  readOnly = false,
}: {
  form: UseFormReturn<ProductValues>;
  readOnly?: boolean;
}) {
  const t = useT();
  return (
    <section className={`card ${styles.section}`} aria-labelledby="product-description">
      <h2 id="product-description" className={styles.sectionTitle}>
        {t('product.section.description')}
      </h2>
      <Controller
        control={form.control}
        name="description"
        render={({ field, fieldState }) => (
          <Field
            label={t('product.description.label')}
            hint={t('product.description.hint')}
            error={fieldState.error?.message}
          >
            {(control) => (
              <RichTextEditor
                control={control}
                label={t('product.description.label')}
                value={field.value}
                onChange={field.onChange}
                readOnly={readOnly}
              />
            )}
          </Field>
        )}
      />
    </section>
  );
}

type Sending = { key: number; name: string; percent: number };

/** 1–9 images uploaded with purpose `product`, in order (the first is the main image). */
export function ImagesSection({ form }: { form: UseFormReturn<ProductValues> }) {
  const t = useT();
  const [sending, setSending] = useState<Sending[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const previews = useRef<string[]>([]);
  const counter = useRef(0);
  useEffect(
    () => () => {
      for (const url of previews.current) URL.revokeObjectURL(url);
    },
    [],
  );

  const images = () => form.getValues('images');
  const setImages = (next: ProductValues['images']) =>
    form.setValue('images', next, { shouldDirty: true, shouldValidate: true });

  const send = async (file: File) => {
    counter.current += 1;
    const key = counter.current;
    const update = (percent: number) =>
      setSending((all) => all.map((item) => (item.key === key ? { ...item, percent } : item)));
    setSending((all) => [...all, { key, name: file.name, percent: 0 }]);
    try {
      const upload = await uploadFile(file, 'product', {
        onProgress: (f) => update(Math.round(f * 100)),
      });
      const url = URL.createObjectURL(file);
      previews.current.push(url);
      if (images().length < maxImages) setImages([...images(), { id: upload.id, url }]);
    } catch (caught) {
      const reason =
        caught instanceof ApiError && !caught.code.startsWith('http.5')
          ? caught.message
          : t('ui.error.unexpected');
      setProblems((all) => [...all, t('product.images.failed', { name: file.name, reason })]);
    } finally {
      setSending((all) => all.filter((item) => item.key !== key));
    }
  };

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    setProblems([]);
    const room = maxImages - images().length - sending.length;
    const accepted: readonly string[] = imageTypes;
    const wrong = files.filter((file) => file.type && !accepted.includes(file.type));
    const fitting = files.filter((file) => !wrong.includes(file));
    const next = [
      ...wrong.map((file) => t('product.images.wrongType', { name: file.name })),
      ...(fitting.length > room ? [t('product.images.tooMany', { max: maxImages })] : []),
    ];
    setProblems(next);
    for (const file of fitting.slice(0, Math.max(0, room))) void send(file);
  };

  return (
    <section className={`card ${styles.section}`} aria-labelledby="product-images">
      <h2 id="product-images" className={styles.sectionTitle}>
        {t('product.section.images')}
      </h2>
      <Controller
        control={form.control}
        name="images"
        render={({ field, fieldState }) => (
          <Field
            label={t('product.images.label', { count: field.value.length, max: maxImages })}
            hint={t('product.images.hint', { max: maxImages })}
            error={fieldState.error?.message}
          >
            {(control) => (
              <div>
                <ImageGallery
                  images={field.value}
                  firstLabel={t('product.images.main')}
                  onReorder={setImages}
                  onRemove={(id) => setImages(field.value.filter((image) => image.id !== id))}
                >
                  {field.value.length + sending.length < maxImages && (
                    <label className={styles.addImage} htmlFor={control.id}>
                      <span aria-hidden="true">＋</span>
                      {t('product.images.add')}
                    </label>
                  )}
                </ImageGallery>
                <input
                  {...control}
                  className="visually-hidden"
                  type="file"
                  multiple
                  accept={imageTypes.join(',')}
                  disabled={field.value.length + sending.length >= maxImages}
                  onChange={onFiles}
                />
                {sending.map((item) => (
                  <div key={item.key} className={styles.sending}>
                    <span>{item.name}</span>
                    <div
                      className="progress"
                      role="progressbar"
                      aria-label={t('product.images.uploading', { name: item.name })}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={item.percent}
                    >
                      <span className="progress__bar" style={{ width: `${item.percent}%` }} />
                    </div>
                  </div>
                ))}
                {problems.map((problem) => (
                  <p key={problem} className="field__error" role="alert">
                    {problem}
                  </p>
                ))}
              </div>
            )}
          </Field>
        )}
      />
    </section>
  );
}
