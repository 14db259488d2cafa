/**
 * The compiled validator of the official OpenAPI 3.0 / 3.1 JSON Schema, the one
 * @seriousme/openapi-schema-validator builds (its schemas, its ajv, the same options), with ajv's
 * generated code kept in `generator/.cache/openapi-schema/`. Compiling a schema takes ajv ≈0.3 s and
 * importing ajv's compiler ≈0.1 s on every run; loading the generated code takes ≈10 ms. The code only
 * depends on the schema and the package versions, which name the cache file, so a stale file is never
 * used; a file that cannot be read, evaluated or written is simply compiled again.
 *
 * @module
 */

import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One error of the JSON Schema validator (the fields of ajv's `ErrorObject` used here). */
export interface SchemaError {
  readonly instancePath: string
  readonly keyword: string
  readonly message?: string
  readonly params: Record<string, unknown>
}

/** A compiled schema: true when `data` matches; otherwise `errors` says why. */
export type CompiledSchema = ((data: unknown) => boolean) & { errors?: readonly SchemaError[] | null }

/** The OpenAPI versions with a schema. */
export type SchemaVersion = '3.0' | '3.1'

/**
 * ajv's options: every problem, not only the first (it costs nothing on a valid document); not strict,
 * as the validator package sets (the official schemas trip ajv's strict mode); generated code kept.
 */
const AJV_OPTIONS = { allErrors: true, strict: false, code: { source: true } } as const

/** Bumped when what is cached changes shape (part of the cache file's name). */
const CACHE_FORMAT = 1

/** Module loader of the validator package: its schemas, and the ajv packages it depends on. */
const fromValidator = createRequire(
  createRequire(import.meta.url).resolve('@seriousme/openapi-schema-validator'),
)

const compiled = new Map<SchemaVersion, Promise<CompiledSchema>>()

/**
 * The compiled schema of an OpenAPI version, once per process: from the cache when it holds it, else
 * compiled by ajv and then cached.
 *
 * @param cacheDir - where generated code is kept (default `generator/.cache/openapi-schema`; undefined
 * for none).
 * @example
 * ```ts
 * const validate = await compiledSchema('3.1')
 * if (!validate(document)) console.log(validate.errors)
 * ```
 */
export function compiledSchema(
  version: SchemaVersion,
  cacheDir: string | undefined = defaultCacheDir(),
): Promise<CompiledSchema> {
  let pending = compiled.get(version)
  if (pending === undefined) {
    pending = loadOrCompile(version, cacheDir)
    compiled.set(version, pending)
  }
  return pending
}

/** Compiles without the per-process memo (for tests of the cache). */
export async function loadOrCompile(
  version: SchemaVersion,
  cacheDir: string | undefined,
): Promise<CompiledSchema> {
  const schemaText = withCheckedSchemaObjects(
    version,
    await readFile(fromValidator.resolve(`./schemas/v${version}/schema.json`), 'utf8'),
  )
  const file = cacheDir === undefined ? undefined : join(cacheDir, cacheFileName(version, schemaText))
  if (file !== undefined) {
    const cached = await readCached(file)
    if (cached !== undefined) return cached
  }
  const { validate, code } = compile(JSON.parse(schemaText) as Record<string, unknown>)
  if (file !== undefined) await writeCached(file, code)
  return validate
}

/**
 * The 3.1 schema with its Schema Objects checked. The official 3.1 schema accepts any object or boolean
 * as a Schema Object (its `$defs.schema`), so `required: "x"`, `type: 5` or `enum: {}` pass unnoticed,
 * where the 3.0 schema reports them. This points `$defs.schema` at the JSON Schema 2020-12 meta-schema
 * (the dialect OpenAPI 3.1 defaults to, §4.8.24), as the official `schema-base.json` variant does with its
 * own dialect; unknown keywords, such as `discriminator` or `x-` extensions, stay allowed.
 */
function withCheckedSchemaObjects(version: SchemaVersion, schemaText: string): string {
  if (version !== '3.1') return schemaText
  const schema = JSON.parse(schemaText) as { $defs: Record<string, Record<string, unknown>> }
  schema.$defs.schema = { ...schema.$defs.schema, $ref: 'https://json-schema.org/draft/2020-12/schema' }
  return JSON.stringify(schema)
}

/** `openapi-3.1-<hash>.cjs`: the hash covers the schema, ajv's options and the versions of the packages. */
function cacheFileName(version: SchemaVersion, schemaText: string): string {
  const hash = createHash('sha256')
  hash.update(`${CACHE_FORMAT}\n${JSON.stringify(AJV_OPTIONS)}\n${schemaText}`)
  for (const name of ['ajv', 'ajv-formats', 'ajv-draft-04', '@seriousme/openapi-schema-validator']) {
    hash.update(`\n${name}@${packageVersion(name)}`)
  }
  return `openapi-${version}-${hash.digest('hex').slice(0, 16)}.cjs`
}

function packageVersion(name: string): string {
  try {
    const manifest = fromValidator(`${name}/package.json`) as { version?: unknown }
    return String(manifest.version)
  } catch {
    // A package that hides its package.json: the schema and the others still key the file.
    return 'unknown'
  }
}

/** A CommonJS module's export: its `default` when it has one (ajv's packages set both). */
function required<T>(name: string): T {
  const module = fromValidator(name) as { default?: T }
  return module.default ?? (module as T)
}

/** Compiles as the validator package does, keeping the code ajv generated. */
function compile(schema: Record<string, unknown>): { validate: CompiledSchema; code: string } {
  type Ajv = {
    compile(schema: unknown): CompiledSchema
    addFormat(name: string, format: true): unknown
  }
  const draft04 = String(schema.$schema).includes('draft-04')
  const AjvClass = required<new (options: typeof AJV_OPTIONS) => Ajv>(
    draft04 ? 'ajv-draft-04' : 'ajv/dist/2020',
  )
  const ajv = new AjvClass(AJV_OPTIONS)
  required<(ajv: Ajv) => void>('ajv-formats')(ajv)
  // Used by the 3.1 schema; the validator package accepts any value.
  ajv.addFormat('media-range', true)
  const validate = ajv.compile(schema)
  const standaloneCode = required<(ajv: Ajv, validate: CompiledSchema) => string>('ajv/dist/standalone')
  return { validate, code: standaloneCode(ajv, validate) }
}

async function readCached(file: string): Promise<CompiledSchema | undefined> {
  let code: string
  try {
    code = await readFile(file, 'utf8')
  } catch {
    return undefined
  }
  try {
    const module = { exports: {} as unknown }
    // ajv's standalone code is a CommonJS module; it requires ajv's runtime helpers and ajv-formats.
    new Function('require', 'module', 'exports', code)(fromValidator, module, module.exports)
    return typeof module.exports === 'function' ? (module.exports as CompiledSchema) : undefined
  } catch {
    return undefined
  }
}

/** Writes the code next to its final name and renames it, so a concurrent run never reads half a file. */
async function writeCached(file: string, code: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(temporary, code)
    await rename(temporary, file)
  } catch {
    // A read-only install: every run compiles.
  }
}

/** `generator/.cache/openapi-schema`, next to the CLI's compile cache. */
function defaultCacheDir(): string {
  return fileURLToPath(new URL('../../.cache/openapi-schema', import.meta.url))
}
