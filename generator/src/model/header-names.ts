/**
 * Names that travel in HTTP fields: header names are RFC 9110 §5.1 `field-name = token`, cookie names
 * RFC 6265 §4.1.1 `cookie-name = token` (`token = 1*tchar`, §5.6.2). A name outside that grammar cannot
 * be sent by fetch (`Headers` throws) nor read by a server, so the model leaves it out with a warning.
 *
 * @module
 */

/** RFC 9110 §5.6.2: `tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA`. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/**
 * Whether `name` is an HTTP token, i.e. a valid header or cookie name.
 *
 * @example
 * isHttpToken('X-Rate-Limit') // true
 * isHttpToken('X Rate')       // false
 */
export function isHttpToken(name: string): boolean {
  return TOKEN.test(name)
}
