import type { ResponseOf } from '../../api/contract';

/** One rule number as GET /api/v1/admin/settings lists it. */
export type Setting = ResponseOf<'getAdminSettings'>['items'][number];
