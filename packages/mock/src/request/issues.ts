/**
 * Request issues: what is wrong with a request, where (`query.limit`, `body.address.city`), and why —
 * the validator's errors turned into messages a client developer reads in the error body.
 *
 * @module
 */
import type { ValidationIssue } from '../validate/types.ts'

/** Where in the request an issue is. */
export type IssueLocation = 'path' | 'query' | 'header' | 'cookie' | 'body'

/** One reason a request was refused. */
export interface RequestIssue {
  readonly in: IssueLocation
  /**
   * The parameter's name (with the path to a nested value: `filter.lastName`, `ids[1]`), or for body
   * issues the JSON Pointer of the failing value (`/address/city`; `''` for the body itself).
   */
  readonly name: string
  /** What is wrong: `must be <= 100`, `is required`, `malformed JSON at line 1, column 9: …`. */
  readonly message: string
}

const REQUIRED = /^must have required property '(.*)'$/
const ADDITIONAL = /^must NOT have additional properties \((".*")\)$/

function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1')
}

function unescapeToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~')
}

/**
 * A validator error as pointer + message: `required` and `additionalProperties` errors point at the
 * property they are about (`/name` "is required", `/extra` "is not allowed").
 */
export function describeError(error: ValidationIssue): {
  readonly pointer: string
  readonly message: string
} {
  const required = REQUIRED.exec(error.message)
  if (error.keyword === 'required' && required !== null) {
    return { pointer: `${error.path}/${escapeToken(required[1] ?? '')}`, message: 'is required' }
  }
  const additional = ADDITIONAL.exec(error.message)
  if (error.keyword === 'additionalProperties' && additional !== null) {
    let name = additional[1] ?? ''
    try {
      name = JSON.parse(name) as string
    } catch {
      // keep the quoted form
    }
    return { pointer: `${error.path}/${escapeToken(name)}`, message: 'is not allowed' }
  }
  return { pointer: error.path, message: error.message }
}

/** A JSON Pointer as a property path: `/tags/0/name` → `tags[0].name`; `''` → `''`. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return ''
  let out = ''
  for (const token of pointer.slice(1).split('/').map(unescapeToken)) {
    if (/^(0|[1-9]\d*)$/.test(token)) out += `[${token}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(token)) out += out === '' ? token : `.${token}`
    else out += `[${JSON.stringify(token)}]`
  }
  return out
}

/** The issues of a parameter's validation errors, each named after the parameter and the nested path. */
export function parameterIssues(
  location: Exclude<IssueLocation, 'body'>,
  name: string,
  errors: readonly ValidationIssue[],
): RequestIssue[] {
  return errors.map((error) => {
    const { pointer, message } = describeError(error)
    const path = pointerToPath(pointer)
    const suffix = path === '' ? '' : path.startsWith('[') ? path : `.${path}`
    return { in: location, name: `${name}${suffix}`, message }
  })
}

/** The issues of a body's validation errors, named by JSON Pointer. */
export function bodyIssues(errors: readonly ValidationIssue[]): RequestIssue[] {
  const out: RequestIssue[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    const { pointer, message } = describeError(error)
    const key = `${pointer} ${message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ in: 'body', name: pointer, message })
  }
  return out
}

/** How an issue is named in messages: `query.limit`, `header.X-Request-Id`, `body.address.city`, `body`. */
export function issueLabel(issue: RequestIssue): string {
  if (issue.in !== 'body') return `${issue.in}.${issue.name}`
  const path = pointerToPath(issue.name)
  return path === '' ? 'body' : path.startsWith('[') ? `body${path}` : `body.${path}`
}

/** All issues in one line: `query.limit: must be <= 100; body.name: is required`. */
export function summarizeIssues(issues: readonly RequestIssue[]): string {
  return issues.map((issue) => `${issueLabel(issue)}: ${issue.message}`).join('; ')
}
