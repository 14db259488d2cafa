/**
 * `METHOD /path` of the request each decoded response answered, so that `unwrap()` can name it in its
 * error without the member carrying it. Weakly held: entries go with their responses.
 *
 * @module
 */

/** Response → `METHOD /expanded/path`, written by `call`, read by `unwrap`. */
export const requestLabels: WeakMap<Response, string> = new WeakMap()
