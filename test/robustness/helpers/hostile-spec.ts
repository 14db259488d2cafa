/**
 * A generated OpenAPI document whose every piece of free text carries a payload that tries to break out
 * of the place generated code copies it to (a comment, a string, a template literal, a regular
 * expression, an HTML script) and run `globalThis.__pwned = '<where>'`. If any of it executed, the
 * trap a child process installs on `globalThis.__pwned` fires and names the spot.
 */

/** One way out of a comment, a string or a template literal, each followed by the statement to run. */
const BREAKOUTS = [
  '*/ PAYLOAD; /*',
  '*/ PAYLOAD /**',
  '` + PAYLOAD + `',
  '${PAYLOAD}',
  "' + PAYLOAD + '",
  '" + PAYLOAD + "',
  '\\"); PAYLOAD; ("',
  "\\'); PAYLOAD; ('",
  '\u2028PAYLOAD;//',
  '\u2029PAYLOAD;//',
  '\rPAYLOAD;//',
  '\r\nPAYLOAD;//',
  '\nPAYLOAD;//',
  '</script><script>PAYLOAD</script>',
  '<!--\nPAYLOAD\n-->',
  '\\u0027); PAYLOAD; //',
] as const

/** Text that tries every breakout, each running `globalThis.__pwned = '<where>'`. */
export function hostile(where: string): string {
  const statement = `globalThis.__pwned = '${where}'`
  return BREAKOUTS.map((breakout) => breakout.replace('PAYLOAD', statement)).join(' ')
}

/** Terminal control sequences: clear the screen, set the window title, ring the bell. */
export const TERMINAL_ESCAPES = '\u001b[2J\u001b]0;pwned\u0007'

/** A short hostile text usable where length or characters are limited (names, keys). */
export function hostileName(where: string): string {
  return `x*/\`\${globalThis.__pwned='${where}'}'"\\\u2028\r</script>${TERMINAL_ESCAPES}`
}

/** A component name as a `$ref` fragment token: JSON-pointer escaped (RFC 6901), then percent-encoded (RFC 3986). */
function pointerToken(name: string): string {
  return encodeURIComponent(name.replaceAll('~', '~0').replaceAll('/', '~1'))
}

/** A regular expression that is valid (the sampler must match it) and full of comment and quote characters. */
const HOSTILE_PATTERN = '^[*/`$\'"{}\\\\]{1,4}\\*/x$'

/**
 * The hostile document: payloads in info, servers, tags, summaries, descriptions, operationIds,
 * parameter and header names, media types, schema names, property names, titles, defaults, examples,
 * enum and const values, patterns and formats, security scheme names and extension values.
 */
export function hostileSpec(): Record<string, unknown> {
  const schemaName = 'Hostile_Name'
  const text = (where: string) => ({
    type: 'string',
    title: hostile(`${where}.title`),
    description: hostile(`${where}.description`),
    default: hostile(`${where}.default`),
    examples: [hostile(`${where}.examples`)],
  })
  return {
    openapi: '3.1.0',
    info: {
      title: hostile('info.title'),
      version: hostile('info.version'),
      description: hostile('info.description'),
      'x-hostile': hostile('info.x-hostile'),
    },
    servers: [
      {
        url: 'https://hostile.example.com/{base}',
        description: hostile('servers.description'),
        variables: { base: { default: 'v1', description: hostile('servers.variables') } },
      },
    ],
    tags: [{ name: hostileName('tags.name'), description: hostile('tags.description') }],
    security: [{ [hostileName('security.name')]: [] }, {}],
    paths: {
      '/items/{itemId}': {
        summary: hostile('pathItem.summary'),
        parameters: [
          {
            name: 'itemId',
            in: 'path',
            required: true,
            description: hostile('itemId.description'),
            schema: { type: 'string', pattern: HOSTILE_PATTERN, example: '*/x' },
          },
        ],
        get: {
          operationId: hostileName('operationId'),
          summary: hostile('get.summary'),
          description: hostile('get.description'),
          tags: [hostileName('tags.name')],
          parameters: [
            {
              name: hostileName('query.name'),
              in: 'query',
              description: hostile('query.description'),
              schema: { type: 'string', enum: [hostile('query.enum'), hostileName('query.enum2')] },
            },
            {
              name: 'X-Hostile-`${x}`-*/',
              in: 'header',
              description: hostile('header.description'),
              schema: { type: 'string', const: hostile('header.const') },
            },
            {
              name: hostileName('cookie.name'),
              in: 'cookie',
              schema: { type: 'string', format: hostileName('cookie.format') },
            },
          ],
          responses: {
            '200': {
              description: hostile('200.description'),
              headers: {
                'X-Rate-*/-`${x}`': {
                  description: hostile('200.header'),
                  required: true,
                  schema: { type: 'string', enum: [hostile('200.header.enum')] },
                },
              },
              content: {
                'application/json': {
                  schema: { $ref: `#/components/schemas/${schemaName}` },
                  examples: {
                    [hostileName('examples.name')]: {
                      summary: hostile('examples.summary'),
                      value: { [hostileName('example.key')]: hostile('example.value') },
                    },
                  },
                },
                'text/plain; charset="*/`${x}`"': {
                  schema: { type: 'string', description: hostile('text.description') },
                },
              },
            },
            default: {
              description: hostile('default.description'),
              content: {
                'application/problem+json': {
                  schema: { $ref: `#/components/schemas/${schemaName}` },
                },
              },
            },
          },
        },
        post: {
          operationId: '</script>`${globalThis.__pwned="post"}`*/',
          requestBody: {
            description: hostile('requestBody.description'),
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
          },
          responses: {
            '201': {
              description: hostile('201.description'),
              headers: { Location: { required: true, schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        [hostileName('security.name')]: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Key-*/-`${x}`',
          description: hostile('securitySchemes.description'),
        },
      },
      schemas: {
        [schemaName]: {
          type: 'object',
          title: hostile('schema.title'),
          description: hostile('schema.description'),
          required: ['plain'],
          properties: {
            plain: text('plain'),
            [hostileName('property.name')]: text('property'),
            "*/ globalThis.__pwned = 'property.key' /*": { type: 'integer', const: 1 },
            mood: {
              type: 'string',
              enum: [hostile('enum.0'), hostileName('enum.1'), '*/', '${x}', '`', '\\', '\u2028'],
            },
            code: { type: 'string', pattern: HOSTILE_PATTERN },
            constant: { const: hostile('const') },
            nested: { $ref: `#/components/schemas/${pointerToken(hostileName('schema.key'))}` },
          },
          example: { plain: hostile('schema.example') },
          'x-hostile': { [hostileName('x.key')]: hostile('x.value') },
        },
        [hostileName('schema.key')]: {
          type: 'object',
          description: hostile('schema2.description'),
          properties: { [hostileName('schema2.property')]: { type: 'boolean' } },
        },
      },
    },
  }
}
