import { Icon } from '../../shell/icons';
import { holdsAny, type Operator } from '../admin/operator';
import type { ConsoleSection } from '../admin/sections';

export const GrowthIcon = () => (
  <Icon>
    <path d="M4 20h16" />
    <path d="m5 15 4.5-4.5 3.5 3.5L19.5 7.5" />
    <path d="M15 7.5h4.5V12" />
  </Icon>
);

/** The growth-plan editor's place in the console's sidebar: with the configuration, admins only. */
export const growthSection: ConsoleSection = {
  path: '/admin/growth',
  label: 'growthAdmin.nav',
  Icon: GrowthIcon,
  roles: ['admin'],
};

/** The operator's sections with the growth plan's, just before the settings. */
export function withGrowthSection(
  sections: readonly ConsoleSection[],
  operator: Operator | null,
): ConsoleSection[] {
  if (!operator || !holdsAny(operator, growthSection.roles)) return [...sections];
  const settings = sections.findIndex((section) => section.path === '/admin/settings');
  const at = settings === -1 ? sections.length : settings;
  return [...sections.slice(0, at), growthSection, ...sections.slice(at)];
}
