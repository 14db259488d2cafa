/**
 * Path templating (OpenAPI 3.1 §4.8.2): the keys of the Paths Object hold `{name}` expressions, each
 * delimited by one pair of curly braces around a non-empty name. A brace that opens or closes nothing,
 * an empty `{}` or a `{` inside an expression has no meaning: neither the SDK nor the mock could tell
 * which part of a URL fills it, so such a path is refused (SL007) instead of being matched literally.
 *
 * @module
 */

/**
 * What is wrong with a path template, or `undefined` when its braces pair up around non-empty names.
 *
 * @example
 * templateProblem('/zoos/{zId}') // undefined
 * templateProblem('/zoos/{zId') // 'its "{" at offset 6 is never closed'
 */
export function templateProblem(path: string): string | undefined {
  let open = -1
  for (let offset = 0; offset < path.length; offset++) {
    const char = path[offset]
    if (char === '{') {
      if (open >= 0) return `its "{" at offset ${offset} opens inside the expression opened at offset ${open}`
      open = offset
    } else if (char === '}') {
      if (open < 0) return `its "}" at offset ${offset} closes nothing`
      if (offset === open + 1) return `its "{}" at offset ${open} names no parameter`
      open = -1
    }
  }
  return open >= 0 ? `its "{" at offset ${open} is never closed` : undefined
}

/**
 * The shape of a path template: each expression as `{}`. Two templates of one shape match the same URLs
 * whatever their parameters are named, which OpenAPI forbids (3.1 §4.8.8: they are "identical").
 *
 * @example
 * templateShape('/v1/{project}/subscriptions') // '/v1/{}/subscriptions'
 */
export function templateShape(path: string): string {
  return path.replace(/\{[^{}]*\}/g, '{}')
}
