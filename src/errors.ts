/**
 * Typed errors. The library throws these and never exits; only the CLI maps
 * them to exit codes (InputError/UsageError/ModelFileError → 2, others → 1).
 */

/** Base class of every error clvkit throws on purpose. */
export class ClvError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** One problem found in input data, located as precisely as known. */
export interface InputIssue {
  readonly file?: string;
  /** 1-based data row number as a user would count it (header excluded). */
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly reason: string;
}

/** Formats an issue as `file:row column "value": reason`. */
export function formatInputIssue(issue: InputIssue): string {
  const where = [
    issue.file,
    issue.row !== undefined ? `row ${issue.row}` : undefined,
    issue.column !== undefined ? `column ${issue.column}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const value = issue.value !== undefined ? ` (value ${JSON.stringify(issue.value)})` : '';
  return `${where ? `${where}: ` : ''}${issue.reason}${value}`;
}

/** Bad input data: carries every issue found (up to a cap), each located. */
export class InputError extends ClvError {
  readonly issues: readonly InputIssue[];
  constructor(message: string, issues: readonly InputIssue[] = []) {
    const shown = issues.slice(0, 10).map((issue) => `  - ${formatInputIssue(issue)}`);
    const more = issues.length > 10 ? [`  … and ${issues.length - 10} more`] : [];
    super([message, ...shown, ...more].join('\n'));
    this.issues = issues;
  }
}

/** A fit could not produce a usable result (not the same as "did not converge"). */
export class FitError extends ClvError {}

/** A model file is missing, corrupt, or of the wrong kind/version/unit. */
export class ModelFileError extends ClvError {
  readonly file?: string;
  constructor(message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.file = file;
  }
}

/** Invalid arguments or options (bad horizon, margin outside (0, 1], …). */
export class UsageError extends ClvError {}
