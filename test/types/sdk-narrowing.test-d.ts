/**
 * Type tests of a generated SDK (the committed zoo SDK): `switch (res.status)` narrows to exactly the
 * declared body and headers; misuse fails to compile. Checked by `tsc` in `npm test` under the strict
 * root config and under `test/types/tsconfig.loose.json`.
 */
import type { AnyStatus } from '@statusline/client'
import { expectTypeOf } from 'vitest'
import {
  type CreateZooResult,
  createClient,
  type DeleteZooResult,
  type GetZooResult,
  getZoo,
  match,
  unwrap,
} from 'zoo-sdk'
import type { components } from '../../packages/zoo-sdk/schema.js'

type Zoo = components['schemas']['Zoo']
type ErrorBody = components['schemas']['Error']

declare const res: GetZooResult
declare const created: CreateZooResult
declare const deleted: DeleteZooResult

// switch narrows each declared status to its own body
switch (res.status) {
  case 200:
    expectTypeOf(res.data).toEqualTypeOf<Zoo>()
    break
  case 404:
    expectTypeOf(res.error).toEqualTypeOf<ErrorBody>()
    // @ts-expect-error an error member has no data
    res.data
    break
  default:
    // every other status is still a literal union, never `number`
    expectTypeOf(res.status).toEqualTypeOf<Exclude<AnyStatus, 200 | 404>>()
}

// ok narrows to the 2xx members: their data is the declared 2xx body
if (res.ok) expectTypeOf(res.data).toEqualTypeOf<Zoo>()
else {
  // @ts-expect-error data is not on error members
  res.data
}

// declared response headers are typed, under lower-case names
if (created.status === 201) expectTypeOf(created.headers.location).toEqualTypeOf<string>()
if (created.status === 401) expectTypeOf(created.headers['www-authenticate']).toEqualTypeOf<string>()

// 204: data is undefined
if (deleted.status === 204) expectTypeOf(deleted.data).toEqualTypeOf<undefined>()

// @ts-expect-error 999 is no HTTP status: comparing with it is a type error
if (res.status === 999) res

// unwrap gives the data; match is exhaustive over the response keys
expectTypeOf(unwrap(res)).toEqualTypeOf<Zoo>()
const label = match(res, {
  200: (r) => r.data.name,
  404: (r) => r.error.error,
  500: () => 'server error',
  default: (r) => `HTTP ${r.status}`,
})
expectTypeOf(label).toEqualTypeOf<string>()
// @ts-expect-error a missing key (404) fails to compile
match(res, { 200: () => 1, 500: () => 2, default: () => 3 })

// parameters are grouped by location; required ones are required
const api = createClient({ baseUrl: 'https://zoo.test/v1' })
void api.getZoo({ path: { zooId: 1 } })
void getZoo({ path: { zooId: 1 } }, { client: api })
// @ts-expect-error the required path parameter is missing
void api.getZoo({})
// @ts-expect-error a path parameter of the wrong type
void api.getZoo({ path: { zooId: 'one' } })
// @ts-expect-error an unknown operation
void api.getZooz({ path: { zooId: 1 } })
