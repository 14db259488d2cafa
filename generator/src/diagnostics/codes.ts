/**
 * The table of stable diagnostic codes: each code names one kind of problem, with a documented cause and
 * fix, so a user can look a code up and tools can match on it. Codes are never renumbered or reused; new
 * problems get new codes at the end of the table.
 *
 * @module
 */

/** Whether a problem stops generation (`error`) or is reported and worked around (`warning`). */
export type DiagnosticSeverity = 'error' | 'warning'

/** What the table documents about one diagnostic code. */
export interface DiagnosticCodeInfo {
  /** The stable code, `SL` followed by three digits. */
  readonly code: string
  /** A short kebab-case name printed after the code, e.g. `broken-ref`. */
  readonly name: string
  /** The severity diagnostics with this code get unless the producer says otherwise. */
  readonly severity: DiagnosticSeverity
  /** One line saying what went wrong. */
  readonly title: string
  /** Why it happens. */
  readonly cause: string
  /** How to fix it; used as the diagnostic's hint when the producer gives none. */
  readonly fix: string
}

/**
 * Every diagnostic code statusline emits, keyed by code.
 *
 * @example
 * ```ts
 * diagnosticCodes.SL005.name // 'broken-ref'
 * ```
 */
export const diagnosticCodes = {
  SL001: {
    code: 'SL001',
    name: 'file-not-found',
    severity: 'error',
    title: 'The spec file cannot be read',
    cause: 'The path does not exist, is a directory, or is not readable by the current user.',
    fix: "Check the path (on the command line it is resolved against the current working directory; in statusline.config.ts, against the config file's folder; in a $ref, against the file holding it) and the file permissions.",
  },
  SL002: {
    code: 'SL002',
    name: 'invalid-yaml',
    severity: 'error',
    title: 'The file is not valid YAML',
    cause:
      'The YAML 1.2 parser rejected the text: bad indentation, an unclosed bracket or quote, a duplicate key, a tab used for indentation.',
    fix: 'Fix the YAML at the reported line and column; a YAML linter shows the exact spot.',
  },
  SL003: {
    code: 'SL003',
    name: 'invalid-json',
    severity: 'error',
    title: 'The file is not valid JSON',
    cause: 'The JSON parser rejected the text: a trailing comma, a missing comma or quote, a comment.',
    fix: 'Fix the JSON at the reported line and column, or rename the file to .yaml if it is meant to be YAML.',
  },
  SL004: {
    code: 'SL004',
    name: 'unsupported-version',
    severity: 'error',
    title: 'The document is not OpenAPI 3.0, 3.1 or Swagger 2.0',
    cause:
      'The root has no `openapi` or `swagger` field, or it names a version statusline does not read (Swagger 1.2, OpenAPI 3.2, 4.x).',
    fix: 'Set `openapi: "3.1.0"` (or 3.0.x, or `swagger: "2.0"`) as a quoted string, converting older documents first.',
  },
  SL005: {
    code: 'SL005',
    name: 'broken-ref',
    severity: 'error',
    title: 'A $ref points to nothing',
    cause: 'The referenced file does not exist, or the JSON pointer after `#` names no value in it.',
    fix: 'Correct the file path (relative to the file holding the $ref) or the pointer (`~1` stands for `/`, `~0` for `~`).',
  },
  SL006: {
    code: 'SL006',
    name: 'circular-ref',
    severity: 'error',
    title: 'A $ref chain loops without ever reaching a value',
    cause:
      'A $ref points, directly or through other $refs, back to itself, so it has no meaning (recursive schemas whose properties refer back are fine).',
    fix: 'Make one link of the chain a real object instead of another $ref.',
  },
  SL007: {
    code: 'SL007',
    name: 'invalid-document',
    severity: 'warning',
    title: 'The document does not match the OpenAPI schema',
    cause: 'A field has the wrong type, a required field is missing, or an unknown field is present.',
    fix: 'Fix the field at the reported pointer; the official OpenAPI schema for the version lists what is allowed.',
  },
  SL008: {
    code: 'SL008',
    name: 'duplicate-operation-id',
    severity: 'error',
    title: 'Two operations share an operationId',
    cause:
      'operationIds must be unique in a document (OpenAPI 3.1 §4.8.10.1); two operations declare the same one, or collide after being made safe identifiers.',
    fix: 'Give each operation a unique operationId.',
  },
  SL009: {
    code: 'SL009',
    name: 'undeclared-path-parameter',
    severity: 'error',
    title: 'A path template variable has no parameter',
    cause:
      'The path contains `{name}` but neither the operation nor its path item declares a parameter with `in: path` and that name.',
    fix: 'Declare the parameter with `in: path` and `required: true`, or remove the variable from the path.',
  },
  SL010: {
    code: 'SL010',
    name: 'unsupported-ref',
    severity: 'error',
    title: 'A $ref uses a form statusline cannot follow',
    cause: 'The $ref is a remote URL (http, https) or another URI scheme; statusline reads local files only.',
    fix: 'Download the referenced document next to the spec and refer to it by a relative path.',
  },
  SL011: {
    code: 'SL011',
    name: 'version-not-string',
    severity: 'warning',
    title: 'The version field is a number, not a string',
    cause: 'An unquoted `openapi: 3.0` or `swagger: 2.0` is a number in YAML and JSON.',
    fix: 'Quote the version, e.g. `openapi: "3.0.3"`.',
  },
  SL012: {
    code: 'SL012',
    name: 'unsafe-integer',
    severity: 'warning',
    title: 'An integer is too large to be read exactly',
    cause:
      'JavaScript numbers hold integers exactly only up to 2^53 - 1; a larger literal is rounded when read.',
    fix: 'Write the value as a string, or accept that examples and bounds this large are approximate.',
  },
  SL013: {
    code: 'SL013',
    name: 'swagger2-upgrade',
    severity: 'warning',
    title: 'The Swagger 2.0 upgrade changed or could not convert something',
    cause:
      'swagger2openapi patched an invalid construct, or met one it could not convert, while upgrading to OpenAPI 3.0.',
    fix: 'Fix the reported spot in the Swagger 2.0 document, or convert the document to OpenAPI 3.x yourself.',
  },
  SL014: {
    code: 'SL014',
    name: 'swagger2-upgrade-failed',
    severity: 'error',
    title: 'The Swagger 2.0 document could not be upgraded',
    cause: 'swagger2openapi rejected the document as a whole.',
    fix: 'Validate the Swagger 2.0 document (e.g. with swagger-cli) and fix the reported problem.',
  },
  SL015: {
    code: 'SL015',
    name: 'invalid-header-name',
    severity: 'warning',
    title: 'A header or cookie name cannot be sent over HTTP',
    cause:
      "A header parameter, response header, cookie parameter or apiKey scheme is named with characters an HTTP field or cookie name cannot hold (RFC 9110 §5.1 token: letters, digits and !#$%&'*+-.^_`|~), so no client can send it and no server can read it.",
    fix: 'Rename it to a valid token (e.g. `X-Rate-Limit`); statusline leaves it out of the SDK and the mocks until then.',
  },
  SL016: {
    code: 'SL016',
    name: 'scalar-read-as-string',
    severity: 'warning',
    title: 'An unquoted YAML number or boolean was kept as the text written',
    cause:
      'YAML 1.2 reads `1.10` as the number 1.1 and `true` as a boolean, but OpenAPI expects a string there (`info.version`, an `operationId`, a value of a `type: string` schema); the text is kept as written.',
    fix: 'Quote the value (`version: "1.10"`, `enum: ["1.0", "2.0"]`) so every YAML reader agrees.',
  },
  SL017: {
    code: 'SL017',
    name: 'non-finite-number',
    severity: 'warning',
    title: 'A number is infinite or not a number, which JSON cannot hold',
    cause:
      'YAML `.inf`, `-.inf` and `.nan`, or a JSON literal beyond the double range (`1e400`), have no JSON value; the member is left out.',
    fix: 'Remove the value (an absent `maximum` is already unbounded) or write a finite number.',
  },
  SL018: {
    code: 'SL018',
    name: 'not-utf8',
    severity: 'error',
    title: 'The file is not UTF-8 text',
    cause:
      'The file holds bytes UTF-8 cannot decode: it was saved as UTF-16, Latin-1 or another encoding, or it is not a text file at all. Read anyway, each such byte would silently become U+FFFD.',
    fix: 'Save the file as UTF-8 (without a BOM, or with the UTF-8 one), or point statusline at the intended spec file.',
  },
  SL019: {
    code: 'SL019',
    name: 'body-on-get',
    severity: 'warning',
    title: 'A GET or HEAD operation declares a request body',
    cause:
      'HTTP gives a body on GET or HEAD no meaning (RFC 9110 §9.3.1), and fetch refuses to send one: an SDK that required it could never call the operation, and a mock that required it would refuse every call.',
    fix: 'Move what the body carries into query parameters, or make the operation a POST (for a search, the QUERY method is meant for this); statusline leaves the body out of the SDK and the mocks until then.',
  },
  SL020: {
    code: 'SL020',
    name: 'identical-templates',
    severity: 'warning',
    title: 'Two paths differ only in the names of their parameters',
    cause:
      'OpenAPI forbids templated paths of the same hierarchy with different parameter names (`/v1/{project}/subscriptions` and `/v1/{topic}/subscriptions`): every URL of one is a URL of the other, so nothing tells which operation a request is for. The SDK calls each as declared; the mock answers such requests with the operation of the first path.',
    fix: 'Merge the paths into one (one operation per method, whose parameter takes both kinds of values), or give them a static segment that tells them apart (`/v1/projects/{project}/subscriptions`).',
  },
  SL021: {
    code: 'SL021',
    name: 'form-body-not-object',
    severity: 'warning',
    title: 'A form or multipart request body has a schema that is not an object',
    cause:
      'An `application/x-www-form-urlencoded` or `multipart/*` body is a set of named fields, which only an object schema can describe (one property per field); a schema of another type, often `type: string, format: binary` meant for an uploaded file, matches no form: an SDK typed by it could not build the form, and a mock that checked it would refuse every request.',
    fix: 'Describe the fields: `type: object` with a property per field (e.g. `file: { type: string, format: binary }` for an upload), or declare `application/octet-stream` to send the file itself as the body; statusline leaves the schema out until then: the SDK takes any fields or a `FormData`, and the mock checks the body for presence only.',
  },
} as const satisfies Record<string, DiagnosticCodeInfo>

/** One of the codes in {@link diagnosticCodes}. */
export type DiagnosticCode = keyof typeof diagnosticCodes
