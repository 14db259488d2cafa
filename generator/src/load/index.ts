/**
 * The loader: read YAML/JSON, upgrade Swagger 2.0, bundle `$ref`s into `components`, validate.
 *
 * @module
 */

// The stages, for callers that need one of them alone
export type { BundleInput, BundleOptions, BundleResult } from './bundle-refs.ts'
export { bundleRefs } from './bundle-refs.ts'

// JSON pointers (RFC 6901)
export type { PointerLookup, PointerSegment } from './json-pointer.ts'
export {
  escapePointerSegment,
  getAtPointer,
  parsePointer,
  pointerOf,
  unescapePointerSegment,
} from './json-pointer.ts'
export type { SourcePosition } from './line-index.ts'
// Loading a spec
export type { LoadedSpec, LoadOptions } from './load-spec.ts'
export { loadSpec } from './load-spec.ts'
export { withLines, withLinesOnError } from './locate-diagnostics.ts'
export type { SourceFile, SourceFormat } from './read-source.ts'
export { parseSource, readSource } from './read-source.ts'
export type { SpecVersion, VersionCheck } from './spec-version.ts'
export { detectVersion } from './spec-version.ts'
export type { UpgradeResult } from './upgrade-swagger2.ts'
export { upgradeSwagger2 } from './upgrade-swagger2.ts'
export type { ValidateOptions } from './validate.ts'
export { assertUsable, validateDocument } from './validate.ts'
