/**
 * The operation model: what every emitter reads instead of the raw OpenAPI document.
 *
 * @module
 */

// Building the model
export type { BuildModelResult } from './build-model.ts'
export { buildModel } from './build-model.ts'
// Helpers emitters may reuse
export { buildDocText, escapeDocText } from './doc-text.ts'
export { isIdentifier, toCamelCase, toPascalCase } from './identifiers.ts'
export { bodyKind } from './media-types.ts'
export { RESERVED_TYPE_NAMES, RESERVED_VALUE_NAMES } from './reserved-names.ts'
// The model's types
export type {
  ApiModel,
  BodyKind,
  HttpMethod,
  JsonSchema,
  MediaContent,
  Operation,
  Parameter,
  ParameterLocation,
  ParameterStyle,
  RequestBody,
  Response,
  ResponseHeader,
  ResponseKeyKind,
  SecurityRequirement,
  SecurityScheme,
} from './types.ts'
