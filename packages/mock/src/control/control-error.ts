/**
 * The error the mock controls throw for bad input: it carries the HTTP status the admin API answers with.
 *
 * @module
 */
import { InputError } from '../input-error.ts'

/** A rejected control request: `status` is 400 for bad input, 404 for an unknown operation. */
export class ControlError extends InputError<400 | 404> {
  override readonly name = 'ControlError'
}
