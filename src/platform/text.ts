/**
 * The one check every piece of text passes at the edge (forms, API bodies, query strings, path
 * parameters, multipart fields and file names, imported cells) before any rule sees it. PostgreSQL
 * cannot store NUL in text, and a lone surrogate cannot be encoded as UTF-8 (the driver turns it into
 * U+FFFD, so what is stored differs from what was sent); other control characters are invisible and
 * have no place in what people type. Accepted text is stored in Unicode NFC, so the same words are
 * always the same bytes.
 */

/** C0 except tab, line feed and carriage return; DEL; C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_OR_TAB = /[\t\n\r]/;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The fields that are written over several lines (the textareas and the API fields they match),
 * by their own name: the last part of a nested API path or of a page field such as
 * `condition-2-description`. Every other field is one line: tabs and line breaks are refused.
 */
export const MULTI_LINE_FIELDS: ReadonlySet<string> = new Set([
  'body',
  'closureNote',
  'commentary',
  'description',
  'evidence',
  'exclusionReason',
  'minutes',
  'note',
  'notes',
  'papers',
  'purpose',
  'reason',
  'reasons',
]);

/** Secrets are compared exactly as typed, so they are checked but never rewritten. */
const VERBATIM_FIELDS: ReadonlySet<string> = new Set(['password', '_csrf']);

export type TextProblem = 'surrogate' | 'control' | 'line-break';

/** The field's own name, without the path or page prefix that leads to it. */
export function fieldNameOf(path: readonly (string | number)[]): string {
  const last = [...path].reverse().find((part) => typeof part === 'string') ?? '';
  return (
    last
      .split('-')
      .filter((part) => !/^\d+$/.test(part) && part !== '')
      .at(-1) ?? last
  );
}

export function isMultiLineField(path: readonly (string | number)[]): boolean {
  return MULTI_LINE_FIELDS.has(fieldNameOf(path));
}

export function textProblem(value: string, multiLine: boolean): TextProblem | undefined {
  if (PLAIN_ASCII.test(value)) return undefined;
  if (hasLoneSurrogate(value)) return 'surrogate';
  if (CONTROL.test(value)) return 'control';
  if (!multiLine && LINE_OR_TAB.test(value)) return 'line-break';
  return undefined;
}

/** "shortName" → "short name", "condition-2-description" → "condition 2 description". */
export function fieldLabel(path: readonly (string | number)[]): string {
  const words = path
    .map((part) => (typeof part === 'number' ? String(part + 1) : part))
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words || 'the text';
}

export function textProblemMessage(label: string, problem: TextProblem): string {
  const what = label.charAt(0).toUpperCase() + label.slice(1);
  if (problem === 'line-break') return `${what} must be on one line, without tabs or line breaks`;
  if (problem === 'surrogate') {
    return `${what} contains a character that is not valid text: retype it without the pasted symbol`;
  }
  return `${what} contains an invisible control character: retype it without that character`;
}

export interface TextIssue {
  readonly path: readonly (string | number)[];
  readonly problem: TextProblem;
}

const MAX_DEPTH = 32;

/**
 * Checks every string (and object key) in a parsed body, query or set of parameters, and rewrites
 * accepted strings to NFC in place. Buffers (uploaded files) are not text and are left alone.
 */
export function checkAndNormalise(
  value: unknown,
  path: (string | number)[] = [],
  issues: TextIssue[] = [],
): { value: unknown; issues: TextIssue[] } {
  if (typeof value === 'string') return { value: checkString(value, path, issues), issues };
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return { value, issues };
  if (path.length >= MAX_DEPTH) return { value, issues };
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      value[index] = checkAndNormalise(item, [...path, index], issues).value;
    });
    return { value, issues };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const keyProblem = textProblem(key, false);
    if (keyProblem) issues.push({ path: [...path, asStored(key)], problem: keyProblem });
    else record[key] = checkAndNormalise(record[key], [...path, key], issues).value;
  }
  return { value, issues };
}

function checkString(value: string, path: (string | number)[], issues: TextIssue[]): string {
  const problem = textProblem(value, isMultiLineField(path));
  if (problem) {
    issues.push({ path, problem });
    return value;
  }
  return VERBATIM_FIELDS.has(fieldNameOf(path)) ? value : value.normalize('NFC');
}

/** One cell, value or name of text: NFC if acceptable, else what is wrong with it. */
export function checkedText(
  value: string,
  multiLine = false,
): { ok: true; value: string } | { ok: false; problem: TextProblem } {
  const problem = textProblem(value, multiLine);
  return problem ? { ok: false, problem } : { ok: true, value: value.normalize('NFC') };
}

/**
 * A string as PostgreSQL will hold it: the UTF-8 encoding on the way in replaces each lone surrogate
 * with U+FFFD. Hashing this form means a value the database alters cannot look like tampering.
 */
export function asStored(value: string): string {
  return hasLoneSurrogate(value) ? value.replace(LONE_SURROGATE, '\uFFFD') : value;
}

function hasLoneSurrogate(value: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(value);
}
