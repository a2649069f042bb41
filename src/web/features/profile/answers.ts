import {
  type BusinessModel,
  type BusinessProfile,
  type Experience,
  isIndustry,
  type Market,
  marketCodes,
  marketsFromCodes,
  type Platform,
  platforms,
  type TeamSize,
} from './options';

/** The wizard's form: what the merchant picked, before it becomes the API's body. */
export type Answers = {
  industry: string;
  industryOther: string;
  businessModel: BusinessModel | '';
  experience: Experience | '';
  platforms: (Platform | 'none')[];
  markets: Market[];
  teamSize: TeamSize | '';
};

export const emptyAnswers: Answers = {
  industry: '',
  industryOther: '',
  businessModel: '',
  experience: '',
  platforms: [],
  markets: [],
  teamSize: '',
};

export function answersFrom(profile: BusinessProfile): Answers {
  const known = profile.platforms.filter((platform): platform is Platform =>
    (platforms as readonly string[]).includes(platform),
  );
  return {
    industry: isIndustry(profile.industry) ? profile.industry : 'other',
    industryOther: isIndustry(profile.industry) ? '' : profile.industry,
    businessModel: profile.businessModel,
    experience: profile.experience,
    platforms: profile.platforms.length === 0 ? ['none'] : known,
    markets: marketsFromCodes(profile.targetMarkets),
    teamSize: profile.teamSize,
  };
}

/** The PUT body of answers that passed every step's checks (so none is left empty). */
export function profileBody(answers: Answers) {
  const { businessModel, experience, teamSize } = answers;
  if (!businessModel || !experience || !teamSize) return null;
  return {
    industry: answers.industry === 'other' ? answers.industryOther.trim() : answers.industry,
    businessModel,
    experience,
    platforms: answers.platforms.filter((platform) => platform !== 'none'),
    targetMarkets: marketCodes(answers.markets),
    teamSize,
  };
}

/** "None yet" stands alone: picking it clears the platforms, picking a platform clears it. */
export function togglePlatform(selected: Answers['platforms'], value: Platform | 'none') {
  if (value === 'none') return selected.includes('none') ? [] : (['none'] as const).slice();
  const current = selected.filter((platform) => platform !== 'none');
  return current.includes(value)
    ? current.filter((platform) => platform !== value)
    : [...current, value];
}

export const toggle = <V>(selected: readonly V[], value: V) =>
  selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value];

/** The fields each step asks for, in order. */
export const stepFields = [
  ['industry', 'industryOther', 'businessModel'],
  ['experience', 'platforms'],
  ['markets', 'teamSize'],
] as const satisfies readonly (readonly (keyof Answers)[])[];

/** The form field of a field the server named (its `targetMarkets` are the form's `markets`). */
export const formFieldOf = (serverField: string): keyof Answers | undefined => {
  const field = serverField.split('.')[0];
  if (field === 'targetMarkets') return 'markets';
  return stepFields.flat().find((name) => name === field);
};

/** The step that asks for a form field, to go back to the one the server found a problem in. */
export const stepOf = (field: keyof Answers) =>
  stepFields.findIndex((fields) => (fields as readonly string[]).includes(field));
