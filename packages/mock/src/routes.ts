/**
 * Routes: from an OpenAPI path template (`/zoos/{zId}`, OpenAPI 3.1 §4.8.8 Paths Object) to what an MSW
 * handler matches, and the order in which handlers must be tried so that a static segment wins over a
 * parameter (`/zoos/count` before `/zoos/{zId}`, as the spec requires of "concrete" paths).
 *
 * @module
 */
import { setOwn } from './validate/keywords.ts'

/** A parameter name MSW's path matcher (path-to-regexp 6) accepts after `:`. */
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** Characters that have a meaning in an MSW path string and so cannot stand in a static segment. */
const MATCHER_SYNTAX = /[:*?+(){}\\]/
/** One `{name}` placeholder of a path template. */
const PLACEHOLDER = /\{([^{}]+)\}/g

/**
 * The prefix every handler path starts with: the base URL without a trailing slash. An absolute URL keeps
 * its origin; a relative one (`/v1`), or none, matches any origin (`*` prefix), in Node and the browser.
 */
export function routePrefix(baseUrl: string | undefined): string {
  const trimmed = (baseUrl ?? '').trim().replace(/\/+$/, '')
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed
  if (trimmed === '') return '*'
  return `*${trimmed.startsWith('/') ? trimmed : `/${trimmed}`}`
}

/**
 * The MSW path string for a template (`{zId}` → `:zId`), or `undefined` when the template cannot be
 * written in MSW's syntax (a parameter name with `-` or `.`, several parameters in one segment, or a
 * static segment with matcher syntax): such routes are matched by `createTemplateMatcher` instead.
 */
export function toMswPath(prefix: string, template: string): string | undefined {
  const segments = template.split('/')
  const out: string[] = []
  for (const segment of segments) {
    const whole = /^\{([^{}]+)\}$/.exec(segment)
    if (whole !== null) {
      const name = whole[1] ?? ''
      if (!SIMPLE_NAME.test(name)) return undefined
      out.push(`:${name}`)
    } else if (segment.includes('{') || MATCHER_SYNTAX.test(segment)) {
      return undefined
    } else {
      out.push(segment)
    }
  }
  return prefix + out.join('/')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** A compiled template: a regular expression over the URL path and the parameter names in order. */
export interface CompiledTemplate {
  readonly pattern: RegExp
  readonly names: readonly string[]
}

/** Compiles a path template into a regular expression that matches a whole path (after the base URL). */
export function compileTemplate(template: string): CompiledTemplate {
  const names: string[] = []
  let source = ''
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(last, match.index))
    source += '([^/?#]+)'
    names.push(match[1] ?? '')
    last = match.index + match[0].length
  }
  source += escapeRegExp(template.slice(last))
  return { pattern: new RegExp(`^${source.replace(/\\\/$/, '')}\\/?$`), names }
}

/**
 * Reads the path parameters of a request path (`/v1/zoos/42` for `/zoos/{zId}` gives `{ zId: '42' }`),
 * decoded; `undefined` when the path does not match.
 */
export function matchTemplate(
  compiled: CompiledTemplate,
  pathname: string,
): Record<string, string> | undefined {
  const match = compiled.pattern.exec(pathname)
  if (match === null) return undefined
  const params: Record<string, string> = {}
  compiled.names.forEach((name, index) => {
    const raw = match[index + 1] ?? ''
    let value = raw
    try {
      value = decodeURIComponent(raw)
    } catch {}
    // An own property even for a parameter named `__proto__`.
    setOwn(params, name, value)
  })
  return params
}

/**
 * Matches request URLs against a template `toMswPath` cannot express: the URL must start with the prefix
 * (`*` = any origin) and its remaining path must match the template exactly (parameters decoded).
 * Compiled on first use.
 */
export function createTemplateMatcher(
  prefix: string,
  template: string,
): (url: URL) => Record<string, string> | undefined {
  let compiled: { base: string; anyOrigin: boolean; template: CompiledTemplate } | undefined
  return (url) => {
    if (compiled === undefined) {
      const anyOrigin = prefix.startsWith('*')
      compiled = {
        anyOrigin,
        base: anyOrigin ? prefix.slice(1) : prefix,
        template: compileTemplate(template),
      }
    }
    let rest: string
    if (compiled.anyOrigin) {
      if (!url.pathname.startsWith(compiled.base)) return undefined
      rest = url.pathname.slice(compiled.base.length)
    } else {
      const full = `${url.origin}${url.pathname}`
      if (!full.startsWith(compiled.base)) return undefined
      rest = full.slice(compiled.base.length)
    }
    return matchTemplate(compiled.template, rest)
  }
}

/** How specific a segment is: static `0`, mixed (`{name}.json`) `1`, a whole parameter `2`. */
function segmentRank(segment: string): number {
  if (!segment.includes('{')) return 0
  return /^\{[^{}]+\}$/.test(segment) ? 2 : 1
}

/** The rank of each segment of a template (see `segmentRank`), for `compareRanks`. */
export function templateRanks(template: string): number[] {
  return template.split('/').map(segmentRank)
}

/** `compareTemplates` on ranks computed once per template (`templateRanks`). */
export function compareRanks(left: readonly number[], right: readonly number[]): number {
  const length = Math.min(left.length, right.length)
  for (let index = 0; index < length; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

/**
 * Orders path templates so that, segment by segment, static segments come before parameters
 * (`/zoos/count` before `/zoos/{zId}`), a shorter template before its extensions. A total order on the
 * templates' segment ranks, so `Array.prototype.sort` (stable) keeps equally specific paths in spec order.
 */
export function compareTemplates(a: string, b: string): number {
  return compareRanks(templateRanks(a), templateRanks(b))
}
