import type { ProductFieldIssue } from './field-messages.ts';

/** What a product needs to be on sale that a draft may lack: a main image and the required attributes. */
export function publishProblems(facts: {
  imageCount: number;
  missingRequiredAttributes: string[];
}): ProductFieldIssue[] {
  const issues: ProductFieldIssue[] = [];
  if (facts.imageCount === 0) issues.push({ field: 'imageUploadIds', rule: 'image_required' });
  for (const code of facts.missingRequiredAttributes) {
    issues.push({ field: `attributes.${code}`, rule: 'required_to_publish' });
  }
  return issues;
}
