/**
 * The base of the errors bad input raises in the mock's servers and controls: each carries the HTTP
 * status the answer takes (a 4xx, or 501 for what the mock does not implement), so the input is blamed,
 * not the mock with a 500.
 *
 * @module
 */

/** Bad input, answered with `status` and the message. */
export class InputError<S extends number = number> extends Error {
  override readonly name: string = 'InputError'
  /** The HTTP status of the answer. */
  readonly status: S

  constructor(status: S, message: string) {
    super(message)
    this.status = status
  }
}
