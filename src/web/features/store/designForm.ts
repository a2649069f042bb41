import type { Path } from 'react-hook-form';
import type { MessageKey } from '../../i18n/en';
import { hasCode } from '../../ui/errors';
import type { ImageValue } from './ImageUpload';
import { ownUploadUrl } from './queries';
import {
  type ContactKey,
  contactKeys,
  type StoreDesign,
  type TemplateId,
  type Theme,
} from './types';

// The design editor's form (react-hook-form values) and the design it saves (PUT
// /api/v1/me/store/design, the server's StoreDesign).

export type DesignValues = {
  name: string;
  templateId: TemplateId;
  theme: Theme;
  logo: ImageValue | null;
  banner: ImageValue | null;
  announcement: string;
  about: string;
  contacts: Record<ContactKey, string>;
};

const emptyContacts = Object.fromEntries(contactKeys.map((key) => [key, ''])) as Record<
  ContactKey,
  string
>;

export function valuesFrom(design: StoreDesign | null): DesignValues {
  const image = (uploadId: string | null) =>
    uploadId ? { uploadId, previewUrl: ownUploadUrl(uploadId) } : null;
  return {
    name: design?.name ?? '',
    templateId: design?.templateId ?? 'classic',
    theme: design?.theme ?? 'red',
    logo: image(design?.logoUploadId ?? null),
    banner: image(design?.bannerUploadId ?? null),
    announcement: design?.announcement ?? '',
    about: design?.about ?? '',
    contacts: { ...emptyContacts, ...design?.contacts },
  };
}

export function designFrom(values: DesignValues): StoreDesign {
  return {
    name: values.name.trim(),
    templateId: values.templateId,
    theme: values.theme,
    logoUploadId: values.logo?.uploadId ?? null,
    bannerUploadId: values.banner?.uploadId ?? null,
    announcement: values.announcement,
    about: values.about,
    contacts: Object.fromEntries(
      contactKeys.map((key) => [key, values.contacts[key].trim()]).filter(([, value]) => value),
    ),
  };
}

/** Compared field by field, so a change and its undoing leave nothing to save. */
export const sameDesign = (a: StoreDesign, b: StoreDesign) =>
  JSON.stringify(designFrom(valuesFrom(a))) === JSON.stringify(designFrom(valuesFrom(b)));

export const contactLabels: Record<ContactKey, MessageKey> = {
  phone: 'store.design.contacts.phone',
  email: 'store.design.contacts.email',
  wechat: 'store.design.contacts.wechat',
  whatsapp: 'store.design.contacts.whatsapp',
  address: 'store.design.contacts.address',
  hours: 'store.design.contacts.hours',
};

const formFields: readonly Path<DesignValues>[] = [
  'name',
  'templateId',
  'theme',
  'announcement',
  'about',
  ...contactKeys.map((key) => `contacts.${key}` as const),
];

/** The form field a field of PUT /me/store/design's details belongs to (its uploads: the images). */
export function designFieldOf(serverField: string): Path<DesignValues> | undefined {
  if (serverField === 'logoUploadId') return 'logo';
  if (serverField === 'bannerUploadId') return 'banner';
  return formFields.find((field) => field === serverField);
}

/**
 * The field an error of PUT /me/store/design is about when its code says so rather than its
 * details: the name's rules and uniqueness, and an image of the wrong shape or kind.
 */
export function codedField(error: unknown): 'name' | 'logo' | 'banner' | null {
  if (hasCode(error, 'store.name_invalid', 'store.name_taken')) return 'name';
  if (hasCode(error, 'store.image_invalid')) {
    const details = error.details as { image?: unknown } | undefined;
    return details?.image === 'banner' ? 'banner' : 'logo';
  }
  return null;
}
