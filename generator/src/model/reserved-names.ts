/**
 * Names an operation's generated function or type stem must not take: ECMAScript reserved words
 * (ECMA-262 §12.7.2), strict-mode and module reserved words, globals that generated code relies on,
 * `Object.prototype` members, and the names the generated module exports or imports from the runtime.
 * A name in these sets gets a `_` suffix (see `operation-names.ts`).
 *
 * @module
 */

/** Reserved words, strict-mode reserved words, and identifiers strict code may not bind. */
const KEYWORDS = [
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'implements',
  'interface',
  'let',
  'package',
  'private',
  'protected',
  'public',
  'static',
  'arguments',
  'eval',
  // TypeScript names that cannot name a value in every position.
  'any',
  'as',
  'boolean',
  'declare',
  'never',
  'number',
  'object',
  'string',
  'symbol',
  'type',
  'unknown',
]

/** Globals, `Object.prototype` members and `then`, which a generated module must not shadow or export. */
const GLOBALS = [
  'undefined',
  'NaN',
  'Infinity',
  'globalThis',
  'fetch',
  'require',
  'module',
  'exports',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  // A module namespace or client object with a `then` function is a thenable: `await import('./client')`
  // and `await` on anything resolving to the client would call the operation instead of resolving.
  'then',
]

/**
 * Value names the generated modules export besides the operations, or import from
 * `@statusline/client`, `@statusline/mock` and the generated `schema.d.ts`.
 */
const GENERATED_VALUES = [
  'createClient',
  // members of the runtime Client that createClient() merges the operations onto
  'options',
  'createMock',
  'call',
  'request',
  'unwrap',
  'match',
  'client',
  'servers',
  'securitySchemes',
  'operations',
  'mockData',
  'handlers',
  'paths',
  'components',
  'webhooks',
]

/**
 * Function names reserved for everything but operations: a camelCase operation name equal to one of
 * these is suffixed with `_` (`delete` → `delete_`, `createClient` → `createClient_`).
 */
export const RESERVED_VALUE_NAMES: ReadonlySet<string> = new Set([
  ...KEYWORDS,
  ...GLOBALS,
  ...GENERATED_VALUES,
])

/**
 * Type names reserved for everything but operation type stems: the runtime's exported types and the
 * built-in types generated code refers to. A stem equal to one of these is suffixed with `_`
 * (`Status2xx` → `Status2xx_`).
 */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Status1xx',
  'Status2xx',
  'Status3xx',
  'Status4xx',
  'Status5xx',
  'AnyStatus',
  'ErrorStatus',
  'SuccessMember',
  'ErrorMember',
  'AnyMember',
  'ResponseKey',
  'DataOf',
  'ErrorOf',
  'OperationSpec',
  'ParamSpec',
  'ParamStyle',
  'ResponseSpec',
  'HeaderType',
  'BodyEncoding',
  'Client',
  'ClientOptions',
  'Mock',
  'MockOptions',
  'MockData',
  'Array',
  'Awaited',
  'BigInt',
  'Blob',
  'Boolean',
  'Date',
  'Error',
  'Exclude',
  'Extract',
  'File',
  'FormData',
  'Function',
  'Headers',
  'Map',
  'NonNullable',
  'Number',
  'Object',
  'Omit',
  'Parameters',
  'Partial',
  'Pick',
  'Promise',
  'Readonly',
  'ReadableStream',
  'Record',
  'Request',
  'RequestInit',
  'Required',
  'Response',
  'ReturnType',
  'Set',
  'String',
  'Symbol',
  'URL',
  'URLSearchParams',
  'AbortSignal',
])
