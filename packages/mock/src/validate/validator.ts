/**
 * The schema validator: ajv 8 (draft-07 for OpenAPI 3.0 after dialect conversion, 2020-12 for 3.1)
 * with the normalised root document registered once, so `$ref`s into `components` compile once and
 * are shared by every schema that uses them. The root holds only the components normalised so far
 * (`normalize.ts`): before a schema compiles, the components it reaches are resolved, which adds them,
 * and ajv reads them from the registered root. Compiled functions are cached per schema object.
 *
 * @module
 */

import Ajv from 'ajv'
import Ajv2020 from 'ajv/dist/2020.js'
import type AjvCore from 'ajv/dist/core.js'
import type { ErrorObject, Logger, ValidateFunction } from 'ajv/dist/core.js'
import { dialectOf } from './dialect.ts'
import { DISCRIMINATED, discriminatedKeyword } from './discriminator.ts'
import { useJsonEquality } from './equality-keywords.ts'
import { registerFormats } from './formats.ts'
import { ANNOTATION_KEYWORDS, forEachSubschema, isRecord } from './keywords.ts'
import { type Direction, getNormalizer, type Normalizer } from './normalize.ts'
import { patternEngine } from './patterns.ts'
import { canonicalRef, ROOT_ID, toPointer } from './pointer.ts'
import type {
  SchemaValidator,
  ValidationIssue,
  ValidationResult,
  ValidationWarning,
  ValidatorOptions,
} from './types.ts'

const VALID: ValidationResult = Object.freeze({ valid: true, errors: Object.freeze([]) })
const FALSE_SCHEMA: ValidationResult = Object.freeze({
  valid: false,
  errors: Object.freeze([
    { path: '', message: 'boolean schema is false', keyword: 'false schema', schemaPath: '#' },
  ]),
})

const ANNOTATIONS: ReadonlySet<string> = new Set(ANNOTATION_KEYWORDS)

const ENDLESS: ValidationResult = Object.freeze({
  valid: false,
  errors: Object.freeze([
    { path: '', message: 'the schema refers to itself endlessly', keyword: 'recursion', schemaPath: '#' },
  ]),
})

/**
 * Creates a validator for the schemas of one document.
 *
 * @example
 * const validator = createValidator({ root: { components }, openapi: '3.0.3' })
 * const { valid, errors } = validator.validate({ $ref: '#/components/schemas/Zoo' }, body)
 */
export function createValidator(options: ValidatorOptions): SchemaValidator {
  const dialect = dialectOf(options.openapi)
  const formatWarnings: ValidationWarning[] = []
  const seenFormats = new Set<string>()
  const logger = {
    log: () => {},
    error: () => {},
    warn: (...args: unknown[]) => {
      const format = /unknown format "([^"]*)"/.exec(args.map(String).join(' '))?.[1]
      if (format === undefined || seenFormats.has(format)) return
      seenFormats.add(format)
      formatWarnings.push({ pointer: '', message: `format "${format}" is not checked (unknown format)` })
    },
  }
  const engines = new Map<string, Engine>()
  const engineFor = (direction: Direction): Engine => {
    const key = direction ?? 'any'
    let engine = engines.get(key)
    if (engine === undefined) {
      const normalizer = getNormalizer(options.root, options.openapi, direction)
      engine = createEngine(normalizer, options.allErrors ?? false, logger)
      engines.set(key, engine)
    }
    return engine
  }
  return {
    dialect,
    get warnings() {
      // Every direction's normaliser records the same warnings: read the first one made.
      const normalizer =
        engines.values().next().value?.normalizer ?? getNormalizer(options.root, options.openapi)
      return [...normalizer.warnings, ...formatWarnings]
    },
    validate(schema, value, validateOptions) {
      const engine = engineFor(validateOptions?.direction)
      const normalized = engine.normalizer.normalize(schema)
      if (normalized === true) return VALID
      if (normalized === false) return FALSE_SCHEMA
      const fn = engine.compile(normalized)
      try {
        if (fn(value)) return VALID
      } catch (error) {
        // A schema that refers to itself without consuming data (`A: { allOf: [A] }`) never finishes.
        if (error instanceof RangeError) return ENDLESS
        throw error
      }
      return { valid: false, errors: (fn.errors ?? []).map(toIssue) }
    },
  }
}

/** One ajv instance with the root of one normaliser registered, and its compiled functions. */
interface Engine {
  readonly normalizer: Normalizer
  compile(schema: Record<string, unknown>): ValidateFunction
}

function createEngine(normalizer: Normalizer, allErrors: boolean, logger: Logger): Engine {
  const ajvOptions = {
    strict: false,
    allowUnionTypes: true,
    validateSchema: false,
    discriminator: true,
    multipleOfPrecision: 9,
    // Each component compiles to one function shared by every schema that refers to it; inlining
    // and code optimisation multiply compile time on large documents (GitHub: ~3x) for no gain here.
    inlineRefs: false,
    // `required` and `properties` look at own properties only: a required `__proto__` or `constructor`
    // is not satisfied by what every object inherits.
    ownProperties: true,
    allErrors,
    code: { regExp: patternEngine, optimize: false },
    logger,
  }
  const ajv: AjvCore = normalizer.dialect === '3.0' ? new Ajv(ajvOptions) : new Ajv2020(ajvOptions)
  registerFormats(ajv)
  useJsonEquality(ajv)
  ajv.addKeyword(discriminatedKeyword)
  ajv.addSchema(normalizer.root, ROOT_ID)
  const compiled = new WeakMap<object, ValidateFunction>()
  const prepare = createRefPreparer(ajv, normalizer)
  return {
    normalizer,
    compile(schema) {
      const hit = compiled.get(schema)
      if (hit !== undefined) return hit
      const fn = compileOnce(ajv, normalizer, schema, prepare)
      compiled.set(schema, fn)
      return fn
    },
  }
}

/**
 * Compiles the components a schema refers to, transitively, deepest first. ajv compiles a referenced
 * schema the moment it meets the reference, inside the compilation of the referring one, so a chain of
 * 1,000 components each referring to the next would nest 1,000 compilations and overflow the stack;
 * compiled in post-order, each finds the next one already compiled. Each component is walked once per
 * engine. (Members of one reference cycle still compile inside each other, as ajv requires.)
 */
function createRefPreparer(ajv: AjvCore, normalizer: Normalizer): (schema: Record<string, unknown>) => void {
  const prepared = new Set<string>()
  return (schema) => {
    const order: string[] = []
    const seen = new Set<string>()
    const stack: { ref: string; expanded: boolean }[] = []
    const push = (refs: Iterable<string>) => {
      for (const ref of refs) {
        if (prepared.has(ref) || seen.has(ref)) continue
        seen.add(ref)
        stack.push({ ref, expanded: false })
      }
    }
    push(refsOf(schema))
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { ref: string; expanded: boolean }
      if (top.expanded) {
        stack.pop()
        order.push(top.ref)
        continue
      }
      top.expanded = true
      const target = normalizer.resolve(top.ref)
      if (isRecord(target)) push(refsOf(target))
    }
    for (const ref of order) {
      prepared.add(ref)
      ajv.getSchema(ref)
    }
  }
}

function compileOnce(
  ajv: AjvCore,
  normalizer: Normalizer,
  schema: Record<string, unknown>,
  prepare: (schema: Record<string, unknown>) => void,
): ValidateFunction {
  const pointer = normalizer.pointerOf(schema)
  try {
    // Every component the schema refers to is compiled first, deepest first: ajv then reuses those
    // functions instead of compiling the components again (and recursively) inside this schema.
    prepare(schema)
    if (pointer !== undefined) {
      const fn = ajv.getSchema(canonicalRef(pointer))
      if (fn !== undefined) return fn as ValidateFunction
    }
    // A bare ref (`{ $ref: '#/components/schemas/Zoo' }`): the component's own function.
    if (
      typeof schema.$ref === 'string' &&
      Object.keys(schema).every((k) => k === '$ref' || ANNOTATIONS.has(k))
    ) {
      const fn = ajv.getSchema(schema.$ref)
      if (fn !== undefined) return fn as ValidateFunction
    }
    const fn = ajv.compile(schema)
    // ajv keeps every compiled schema object in a Map; the caller's WeakMap is the cache, so let go.
    ajv.removeSchema(schema)
    return fn
  } catch (error) {
    const where = pointer === undefined ? 'an inline schema' : `#${toPointer(pointer)}`
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`[statusline] Failed to compile ${where}: ${reason}`)
  }
}

function refsOf(schema: Record<string, unknown>): Set<string> {
  const refs = new Set<string>()
  const seen = new Set<object>()
  const visit = (node: unknown): void => {
    if (!isRecord(node) || seen.has(node)) return
    seen.add(node)
    if (typeof node.$ref === 'string' && node.$ref.startsWith(ROOT_ID)) refs.add(node.$ref)
    forEachSubschema(node, visit)
    if (Array.isArray(node[DISCRIMINATED])) for (const branch of node[DISCRIMINATED]) visit(branch)
  }
  visit(schema)
  return refs
}

function toIssue(error: ErrorObject): ValidationIssue {
  const params = error.params as Record<string, unknown>
  let message = error.message ?? error.keyword
  if (error.keyword === 'additionalProperties') message += ` (${JSON.stringify(params.additionalProperty)})`
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    const values = params.allowedValues.slice(0, 10).map((v) => JSON.stringify(v))
    message += `: ${values.join(', ')}${params.allowedValues.length > 10 ? ', …' : ''}`
  }
  if (error.keyword === 'const') message += ` ${JSON.stringify(params.allowedValue)}`
  return { path: error.instancePath, message, keyword: error.keyword, schemaPath: error.schemaPath }
}
