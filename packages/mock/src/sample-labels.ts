/**
 * What a sampled value is for, as a sample-issue warning names it (`SampleContext.label`): the
 * operation, the status and the media type of a body, or the header.
 *
 * @module
 */
import type { MockOperation } from './data.ts'

/**
 * The label of a response body's sample.
 *
 * @example
 * bodyLabel(getZoo, 200, 'application/json') // 'getZoo 200 application/json'
 */
export function bodyLabel(operation: MockOperation, status: number, mediaType: string): string {
  return `${operation.name} ${status} ${mediaType}`
}

/**
 * The label of a response header's sample.
 *
 * @example
 * headerLabel(listZoos, 200, 'x-total-count') // 'listZoos 200 header x-total-count'
 */
export function headerLabel(operation: MockOperation, status: number, name: string): string {
  return `${operation.name} ${status} header ${name}`
}
