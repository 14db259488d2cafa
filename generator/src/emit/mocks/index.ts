/**
 * The mocks emitter: `mock-data.ts` (the API as plain JSON for `@statusline/mock`) and `mocks.ts`
 * (`createMock`, typed by the SDK's `OperationTypes`). A pure function of the model.
 *
 * @module
 */
import type { ApiModel } from '../../model/types.ts'
import { generatedHeader } from '../header.ts'
import { printModule } from '../print-module.ts'
import type { EmitOptions, GeneratedFile } from '../types.ts'
import { buildMockData, type MockDataOptions } from './build-mock-data.ts'
import { mockDataModule } from './emit-mock-data.ts'
import { mocksModule } from './emit-mocks-module.ts'
import type { ModuleParts } from './module-parts.ts'

export { buildMockData, type MockDataOptions } from './build-mock-data.ts'

/** The files {@link emitMocks} writes, relative to the output directory. */
export const MOCK_FILES = { data: 'mock-data.ts', mocks: 'mocks.ts' } as const

/** Options of {@link emitMocks}. */
export interface EmitMocksOptions extends EmitOptions, MockDataOptions {}

/**
 * Emits `mock-data.ts` and `mocks.ts` for a model. Pure: the same model gives the same text.
 *
 * @example
 * ```ts
 * const files = emitMocks(model, { sourceLabel: 'zoo.yaml' }) // [mock-data.ts, mocks.ts]
 * ```
 */
export function emitMocks(model: ApiModel, options: EmitMocksOptions = {}): GeneratedFile[] {
  const header = generatedHeader(model, options)
  const print = (path: string, parts: ModuleParts): GeneratedFile => ({
    path,
    contents: `${header}\n${printModule(parts.imports, parts.declarations)}`,
  })
  return [
    print(MOCK_FILES.data, mockDataModule(model, buildMockData(model, options))),
    print(MOCK_FILES.mocks, mocksModule(model)),
  ]
}
