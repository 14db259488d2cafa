/**
 * The error the mock controls throw for bad input: it carries the HTTP status the admin API answers with.
 *
 * @module
 */

/** A rejected control request: `status` is 400 for bad input, 404 for an unknown operation. */
export class ControlError extends Error {
  override readonly name = 'ControlError'
  /** The HTTP status the admin API answers with. */
  readonly status: 400 | 404

  constructor(status: 400 | 404, message: string) {
    super(message)
    this.status = status
  }
}
