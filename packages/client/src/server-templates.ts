/**
 * Server URL templates (OpenAPI 3.1 §4.8.5, Server Variable Objects §4.8.6): a base URL read as an
 * instance of a document's server template, and an operation's own server template filled with the
 * values it gives, so that an operation with servers of its own is sent to the same instance of the API.
 *
 * @module
 */

/** A `{variable}` of a template. */
const VARIABLE = /\{([^{}]+)\}/g

/** A base URL as base URLs are compared: without trailing slashes (none counts as `''`). */
export const trimUrl = (url: string | undefined): string => (url ?? '').replace(/\/+$/, '')

/** A template compiled to a pattern: its variable names, in order, and the expression that reads them. */
type Compiled = readonly [names: readonly string[], pattern: RegExp]

/** Templates compiled so far: `onOwnServer` reads the same few on every call. */
const compiled = new Map<string, Compiled>()

/** Compiles a template: its literal text matched as text, each variable as one or more characters. */
function compile(template: string): Compiled {
  // `split` with a capturing group alternates literal text and variable names.
  const parts = trimUrl(template).split(VARIABLE)
  const source = parts
    .map((part, index) => (index % 2 ? '(.+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return [parts.filter((_, index) => index % 2 === 1), new RegExp(`^${source}$`)]
}

/** The values `url` gives the variables of `template` (each at least one character), or `undefined`. */
function valuesIn(template: string, url: string): Map<string, string> | undefined {
  let entry = compiled.get(template)
  if (entry === undefined) {
    entry = compile(template)
    compiled.set(template, entry)
  }
  const [names, pattern] = entry
  const match = pattern.exec(url)
  return match ? new Map(names.map((name, index) => [name, match[index + 1]!])) : undefined
}

/**
 * `own` (an operation's server template) with its `{variable}`s taking the values `baseUrl` gives them as
 * an instance of the first of `roots` (the document's server templates) it matches, compared without
 * trailing slashes; `undefined` when it matches none, or gives a variable of `own` no value.
 *
 * @example
 * ```ts
 * serverFromTemplates('{protocol}://{hostname}', ['{protocol}://{hostname}/api/v3'], 'https://ghe.corp/api/v3')
 * // 'https://ghe.corp'
 * ```
 */
export function serverFromTemplates(
  own: string,
  roots: readonly string[],
  baseUrl: string | undefined,
): string | undefined {
  const base = trimUrl(baseUrl)
  for (const root of roots) {
    const values = valuesIn(root, base)
    if (values === undefined) continue
    let complete = true
    const url = own.replace(VARIABLE, (whole, name: string) => {
      const value = values.get(name)
      if (value === undefined) complete = false
      return value ?? whole
    })
    if (complete) return url
  }
  return undefined
}
