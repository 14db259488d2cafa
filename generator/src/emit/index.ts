/**
 * The SDK emitters composed: `schema.d.ts` (our schema-types emitter, in openapi-typescript's shape),
 * `operation-types.d.ts`, `client.d.ts` with `client.js`, and `index.d.ts` with `index.js`. The mocks
 * emitter (`emit/mocks/`) is composed beside this by the generate pipeline.
 *
 * @module
 */
import type { ApiModel } from '../model/types.ts'
import { emitSchemaTypes } from './schema-types/emit-schema-types.ts'
import { emitClient } from './sdk/emit-client.ts'
import { emitIndex } from './sdk/index-file.ts'
import type { EmitOptions, GeneratedFile } from './types.ts'

/** Options of `emitSdk`. */
export interface SdkEmitOptions extends EmitOptions {
  /** Whether `mocks.ts` is generated beside the SDK; the index mentions it then. Default true. */
  readonly mocks?: boolean
}

/**
 * Emits the SDK files of a model: `schema.d.ts`, `operation-types.d.ts`, `client.d.ts`, `client.js`,
 * `index.d.ts`, `index.js`.
 *
 * @example
 * ```ts
 * const files = await emitSdk(model, { sourceLabel: 'zoo.yaml' })
 * files.map((file) => file.path) // ['schema.d.ts', 'operation-types.d.ts', 'client.d.ts', 'client.js', 'index.d.ts', 'index.js']
 * ```
 */
export async function emitSdk(model: ApiModel, options: SdkEmitOptions = {}): Promise<GeneratedFile[]> {
  const schema = await emitSchemaTypes(model, options)
  const { client, declarations, types } = emitClient(model, options)
  return [
    schema,
    types,
    declarations,
    client,
    ...emitIndex(model, { ...options, mocks: options.mocks ?? true }),
  ]
}
