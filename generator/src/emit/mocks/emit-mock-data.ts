/**
 * `mock-data.ts` of a generated SDK: the mock data as one JSON string literal parsed at load time.
 *
 * ```ts
 * import type { MockData } from '@statusline/mock'
 *
 * export const mockData: MockData = JSON.parse("{\"title\":\"Zoo API\",…}")
 * ```
 *
 * A string, rather than an object literal, so that `tsc` does not infer a type for a multi-megabyte
 * literal (GitHub's API) and engines parse it with the fast JSON parser.
 *
 * @module
 */

import type { MockData } from '@statusline/mock'
import type { ApiModel } from '../../model/types.ts'
import { commentText } from '../code-text.ts'
import { constStatement } from '../structures.ts'
import type { ModuleParts } from './module-parts.ts'

/**
 * A double-quoted string literal of `text`: `JSON.stringify`, plus U+2028/U+2029 written as escapes (legal
 * in string literals since ES2019, but line terminators to older parsers, editors and source maps).
 */
function jsonStringLiteral(text: string): string {
  return JSON.stringify(text).replace(/[\u2028\u2029]/g, (char) =>
    char === '\u2028' ? '\\u2028' : '\\u2029',
  )
}

/** The imports and declarations of `mock-data.ts` for already-built mock data. */
export function mockDataModule(model: ApiModel, data: MockData): ModuleParts {
  return {
    imports: [
      {
        moduleSpecifier: '@statusline/mock',
        isTypeOnly: true,
        namedImports: ['MockData'],
      },
    ],
    declarations: [
      constStatement({
        isExported: true,
        docs: [
          commentText(
            `The operations, schemas and servers of ${model.title} that the mock runtime answers from (generated, plain JSON).`,
          ),
        ],
        declarations: [
          {
            name: 'mockData',
            type: 'MockData',
            initializer: `JSON.parse(${jsonStringLiteral(JSON.stringify(data))})`,
          },
        ],
      }),
    ],
  }
}
