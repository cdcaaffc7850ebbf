import type { ParleyError } from '../../shared/contract';

/** Field errors by the contract's issue path ("codeName", "parties.1.name"); the first message wins. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrorsOf(error: ParleyError | null | undefined): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    if (issue.path && !(issue.path in errors)) errors[issue.path] = issue.message;
  }
  return errors;
}

/**
 * Issues the form cannot show next to a field (no path, or a path it has no field for) still have
 * to reach the facilitator: they go in the banner.
 */
export function unplacedIssues(error: ParleyError | null | undefined, placed: (path: string) => boolean): string[] {
  return (error?.issues ?? [])
    .filter((issue) => !issue.path || !placed(issue.path))
    .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
}
