/**
 * `statusline`: the programmatic API of the generator — the same pipeline the CLI runs
 * (`loadSpec` → `buildModel` → emitters → write), and `defineConfig` for `statusline.config.ts`.
 *
 * @example
 * ```ts
 * import { generate } from 'statusline'
 *
 * const { drift } = await generate({ spec: 'openapi.yaml', out: 'src/api', check: true })
 * ```
 *
 * @module
 */

// Config
export {
  CONFIG_FILES,
  defineConfig,
  loadConfig,
  type MockConfig,
  type ResolvedConfig,
  resolveConfig,
  type SpecConfig,
  type UserConfig,
} from './config.ts'
// Diagnostics
export {
  createDiagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticCodeInfo,
  DiagnosticError,
  type DiagnosticSeverity,
  diagnosticCodes,
  hasErrors,
  renderDiagnostics,
} from './diagnostics/index.ts'
// Generating
export { type GenerateOptions, type GenerateResult, generate, renderFiles } from './generate.ts'
// Loading and modelling
export { type LoadedSpec, type LoadOptions, loadSpec } from './load/index.ts'
export { type BuildModelResult, buildModel } from './model/index.ts'
export type { ApiModel, Operation } from './model/types.ts'
