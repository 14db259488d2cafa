/**
 * `statusline.config.ts`: several specs with their output directories and mock options in one typed
 * file, read by `statusline generate` (without a spec argument) and `statusline mock`.
 *
 * ```ts
 * import { defineConfig } from 'statusline/config' // or 'statusline' (which also loads the emitters)
 *
 * export default defineConfig({
 *   specs: [{ spec: 'specs/zoo.yaml', out: 'src/zoo-sdk', mock: { port: 4010, seed: 42 } }],
 * })
 * ```
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { syntaxErrorLine } from './syntax-error-line.ts'

/** Options of `statusline mock` for one spec; command-line flags win over them. */
export interface MockConfig {
  /** Port of the standalone mock server (default 4010; 0 picks a free one). */
  readonly port?: number
  /** Interface to listen on (default `127.0.0.1`). */
  readonly host?: string
  /** Seed of the generated data. */
  readonly seed?: number
  /** Remember created resources (POST → GET → DELETE). */
  readonly stateful?: boolean
  /** Milliseconds to wait before every answer. */
  readonly delay?: number
  /** Send CORS headers (default `true`). */
  readonly cors?: boolean
}

/** One spec to generate (and mock). Relative paths are relative to the config file. */
export interface SpecConfig {
  /** The OpenAPI document. */
  readonly spec: string
  /** Where `generate` writes the SDK. */
  readonly out: string
  /** Also write a `package.json` for a package of this name. */
  readonly name?: string
  /** Generate the mocks too (default `true`). */
  readonly mocks?: boolean
  /** Options of `statusline mock` for this spec. */
  readonly mock?: MockConfig
}

/** The contents of `statusline.config.ts`. */
export interface UserConfig {
  readonly specs: readonly SpecConfig[]
}

/** A loaded config: the file it came from, with every path made absolute. */
export interface ResolvedConfig {
  readonly file: string
  readonly specs: readonly SpecConfig[]
}

/** The file names looked for, in order. */
export const CONFIG_FILES = [
  'statusline.config.ts',
  'statusline.config.mts',
  'statusline.config.mjs',
  'statusline.config.js',
]

/**
 * Declares a config with its types checked; returns it unchanged.
 *
 * @example
 * ```ts
 * export default defineConfig({ specs: [{ spec: 'openapi.yaml', out: 'src/api' }] })
 * ```
 */
export function defineConfig(config: UserConfig): UserConfig {
  return config
}

function fail(file: string, reason: string): never {
  throw new Error(`[statusline] Failed to load ${file}: ${reason}`)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const TYPES: Readonly<Record<string, Readonly<Record<string, 'string' | 'number' | 'boolean' | 'object'>>>> =
  {
    spec: { spec: 'string', out: 'string', name: 'string', mocks: 'boolean', mock: 'object' },
    mock: {
      port: 'number',
      host: 'string',
      seed: 'number',
      stateful: 'boolean',
      delay: 'number',
      cors: 'boolean',
    },
  }

function checkFields(
  file: string,
  where: string,
  value: Record<string, unknown>,
  kind: 'spec' | 'mock',
): void {
  const types = TYPES[kind] ?? {}
  for (const [key, field] of Object.entries(value)) {
    const type = types[key]
    if (type === undefined)
      fail(file, `${where}.${key} is not an option (known: ${Object.keys(types).join(', ')})`)
    const actual = isRecord(field) ? 'object' : typeof field
    if (field !== undefined && actual !== type)
      fail(file, `${where}.${key} must be a ${type}, got ${JSON.stringify(field)}`)
  }
}

/**
 * Refuses two entries with the same output directory (the second would overwrite what the first
 * generated) or the same `name` (two packages of one name; `--name` could not tell them apart).
 */
function refuseDuplicates(file: string, specs: readonly SpecConfig[]): void {
  for (const [index, entry] of specs.entries()) {
    const earlier = specs.findIndex(
      (other, at) =>
        at < index && (other.out === entry.out || (entry.name !== undefined && other.name === entry.name)),
    )
    if (earlier === -1) continue
    const field = specs[earlier]?.out === entry.out ? 'out' : 'name'
    const value = field === 'out' ? entry.out : JSON.stringify(entry.name)
    fail(
      file,
      `specs[${index}].${field} is the same as specs[${earlier}].${field} (${value}); give each spec its own`,
    )
  }
}

/** Checks a config's shape and makes its paths absolute against `baseDir`; throws a message naming the field. */
export function resolveConfig(value: unknown, file: string, baseDir = dirname(file)): ResolvedConfig {
  const config = isRecord(value) && 'default' in value ? value.default : value
  if (!isRecord(config)) fail(file, 'the default export must be defineConfig({ specs: [...] })')
  const { specs } = config
  if (!Array.isArray(specs) || specs.length === 0) fail(file, '`specs` must be a non-empty array')
  const resolved = specs.map((entry: unknown, index): SpecConfig => {
    const where = `specs[${index}]`
    if (!isRecord(entry)) fail(file, `${where} must be an object { spec, out }`)
    checkFields(file, where, entry, 'spec')
    if (typeof entry.spec !== 'string') fail(file, `${where}.spec is required`)
    if (typeof entry.out !== 'string') fail(file, `${where}.out is required`)
    if (isRecord(entry.mock)) checkFields(file, `${where}.mock`, entry.mock, 'mock')
    const spec = entry as unknown as SpecConfig
    return { ...spec, spec: resolve(baseDir, spec.spec), out: resolve(baseDir, spec.out) }
  })
  refuseDuplicates(file, resolved)
  return { file, specs: resolved }
}

/** Finds the config file in `dir` (see {@link CONFIG_FILES}), or undefined. */
export function findConfigFile(dir: string): string | undefined {
  return CONFIG_FILES.map((name) => resolve(dir, name)).find((path) => existsSync(path))
}

/**
 * Imports a config module. A TypeScript config loads under tsx, registered first: outside a package
 * scope Node 20 reads a `.ts` file as JavaScript and fails on its types, with no error that says why. A
 * JavaScript config that imports TypeScript (`statusline/config` from the sources) meets Node's
 * "unknown file extension": tsx is registered then and the import tried again.
 */
async function importConfig(file: string): Promise<unknown> {
  const load = async () => esModuleOf(await import(`${pathToFileURL(file).href}?t=${Date.now()}`))
  if (/\.[cm]?ts$/.test(file)) await registerTsx()
  try {
    return await load()
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error
    await registerTsx()
    return await load()
  }
}

/**
 * The ES module a config compiled to CommonJS stands for: outside a package scope a `.ts` config is
 * CommonJS, and Node's namespace of it holds `module.exports` (`{ __esModule, default }`) as `default`.
 */
function esModuleOf(namespace: unknown): unknown {
  const exports = isRecord(namespace) ? namespace.default : undefined
  return isRecord(exports) && exports.__esModule === true ? exports : namespace
}

/** Registered once per process: each `register()` would add another tsx loader (watch mode reloads). */
let tsxRegistration: Promise<void> | undefined

function registerTsx(): Promise<void> {
  // Both loaders: a `.ts` file outside a package scope is CommonJS, which the ESM hooks hand to require.
  tsxRegistration ??= Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]).then(([esm, cjs]) => {
    esm.register()
    cjs.register()
  })
  return tsxRegistration
}

/**
 * Loads `statusline.config.ts` (or `.mts`/`.mjs`/`.js`) from `dir`, or the file `explicit` names;
 * undefined when there is none. TypeScript configs load under tsx (see {@link importConfig}).
 */
export async function loadConfig(dir: string, explicit?: string): Promise<ResolvedConfig | undefined> {
  const file = explicit === undefined ? findConfigFile(dir) : resolve(dir, explicit)
  if (file === undefined) return undefined
  if (!existsSync(file)) fail(file, 'no such file')
  let module: unknown
  try {
    module = await importConfig(file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    // A JavaScript config that does not parse: Node's error names no line (tsx's, for TypeScript, does).
    const line = error instanceof SyntaxError && /\.[cm]?js$/.test(file) ? syntaxErrorLine(file) : undefined
    fail(line === undefined ? file : `${file}:${line}`, reason)
  }
  return resolveConfig(module, file)
}
