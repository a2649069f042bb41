import { type Static, Type } from '@sinclair/typebox';

export const TEMPLATE_IDS = ['classic', 'modern', 'wholesale'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];
export const THEMES = ['red', 'teal', 'ink', 'gold'] as const;
export type Theme = (typeof THEMES)[number];

const Optional = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const ContactsSchema = Type.Object(
  {
    phone: Optional(40),
    email: Optional(320),
    wechat: Optional(60),
    whatsapp: Optional(40),
    address: Optional(200),
    hours: Optional(100),
  },
  { description: 'Contact channels shown on the storefront; all optional.' },
);

/** PUT /api/v1/me/store/design: the whole draft (the form sends every field). */
export const DesignInput = Type.Object({
  name: Type.String({
    minLength: 1,
    maxLength: 100,
    description:
      '2–30 characters, unique across the platform (ignoring case and full-width forms); no URLs, e-mail addresses, phone numbers or reserved words',
  }),
  templateId: Type.Union([
    Type.Literal('classic'),
    Type.Literal('modern'),
    Type.Literal('wholesale'),
  ]),
  theme: Type.Union([
    Type.Literal('red'),
    Type.Literal('teal'),
    Type.Literal('ink'),
    Type.Literal('gold'),
  ]),
  logoUploadId: Type.Optional(
    Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
      description: 'An upload with purpose logo: square (±2%), at least 200×200',
    }),
  ),
  bannerUploadId: Type.Optional(
    Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
      description:
        'An upload with purpose banner: at least 1200 px wide, at least twice as wide as high',
    }),
  ),
  announcement: Optional(500),
  about: Optional(2000),
  contacts: Type.Optional(ContactsSchema),
});
export type DesignInput = Static<typeof DesignInput>;

/** A design as stored (draft or published) and answered. */
export interface StoreDesign {
  name: string;
  templateId: TemplateId;
  theme: Theme;
  logoUploadId: string | null;
  bannerUploadId: string | null;
  announcement: string;
  about: string;
  contacts: Static<typeof ContactsSchema>;
}

export const StoreDesignSchema = Type.Object({
  name: Type.String(),
  templateId: DesignInput.properties.templateId,
  theme: DesignInput.properties.theme,
  logoUploadId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  bannerUploadId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  announcement: Type.String(),
  about: Type.String(),
  contacts: ContactsSchema,
});
