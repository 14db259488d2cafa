/**
 * The `format`s the validator checks: ajv-formats' full set (JSON Schema 2020-12 §7.3 plus OpenAPI's
 * `int32`, `int64`, `float`, `double`, `byte`, `binary`, `password`), and a few more that real
 * documents use. Other formats are annotations: they are reported once as warnings and not checked.
 *
 * @module
 */

import type { Ajv } from 'ajv'
import addFormats from 'ajv-formats'

const IDN_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u
const IDN_HOSTNAME =
  /^(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)*$/u
const IRI = /^[\p{L}][\p{L}\p{N}+.-]*:[^\s]*$/u
const IRI_REFERENCE = /^[^\s]*$/u

/** Registers every format the validator knows on an ajv instance. */
export function registerFormats(ajv: Ajv): void {
  addFormats(ajv, { mode: 'full' })
  ajv.addFormat('idn-email', IDN_EMAIL)
  ajv.addFormat('idn-hostname', IDN_HOSTNAME)
  ajv.addFormat('iri', IRI)
  ajv.addFormat('iri-reference', IRI_REFERENCE)
  ajv.addFormat('unix-time', { type: 'number', validate: (n: number) => Number.isInteger(n) })
  ajv.addFormat('decimal', { type: 'string', validate: (s: string) => /^-?\d+(\.\d+)?$/.test(s) })
}
