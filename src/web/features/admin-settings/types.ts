/** One rule number as GET /api/v1/admin/settings lists it. */
export interface Setting {
  key: string;
  area: 'codes' | 'login' | 'sessions' | 'stores';
  type: 'integer';
  unit: 'seconds' | 'minutes' | 'hours' | 'days' | 'count' | 'percent' | 'fen';
  value: number;
  default: number;
  min: number;
  max: number;
  description: { en: string; 'zh-CN': string };
  updatedAt: string | null;
  updatedBy: string | null;
}
