import { describe, expect, test } from 'vitest'
import { isIdentifier } from './identifiers.ts'
import { assignOperationNames, type NamingInput } from './operation-names.ts'

/** Naming inputs for operationIds on distinct paths. */
function inputs(...ids: (string | undefined)[]): NamingInput[] {
  return ids.map((operationId, index) => ({ operationId, method: 'get', path: `/p${index}` }))
}

describe('assignOperationNames', () => {
  const cases: [string, { given: NamingInput[]; want: [string, string][] }][] = [
    [
      'eight spellings of getUser get numbered suffixes in spec order',
      {
        given: inputs(
          'getUser',
          'get_user',
          'get-user',
          'GetUser',
          'get user',
          'GET_USER',
          'getUser ',
          'get.user',
        ),
        want: [
          ['getUser', 'GetUser'],
          ['getUser2', 'GetUser2'],
          ['getUser3', 'GetUser3'],
          ['getUser4', 'GetUser4'],
          ['getUser5', 'GetUser5'],
          ['getUser6', 'GetUser6'],
          ['getUser7', 'GetUser7'],
          ['getUser8', 'GetUser8'],
        ],
      },
    ],
    [
      'a numbered suffix skips a name another operation owns',
      {
        given: inputs('getUser', 'get_user', 'getUser2'),
        want: [
          ['getUser', 'GetUser'],
          ['getUser3', 'GetUser3'],
          ['getUser2', 'GetUser2'],
        ],
      },
    ],
    [
      'a candidate ending in a digit is numbered after an underscore',
      {
        given: inputs('getV2', 'get-v2'),
        want: [
          ['getV2', 'GetV2'],
          ['getV2_2', 'GetV2_2'],
        ],
      },
    ],
    [
      'names equal but for case are kept apart (type stems are case-insensitive)',
      {
        given: inputs('getuser', 'getUser'),
        want: [
          ['getuser', 'Getuser'],
          ['getUser2', 'GetUser2'],
        ],
      },
    ],
    [
      'reserved words, strict-mode words and prototype members get a suffix',
      {
        given: inputs(
          'delete',
          'new',
          'let',
          'yield',
          'to_string',
          'constructor',
          'has-own-property',
          'default',
        ),
        want: [
          ['delete_', 'Delete'],
          ['new_', 'New'],
          ['let_', 'Let'],
          ['yield_', 'Yield'],
          ['toString_', 'ToString'],
          ['constructor_', 'Constructor'],
          ['hasOwnProperty_', 'HasOwnProperty'],
          ['default_', 'Default'],
        ],
      },
    ],
    [
      'names of the generated module and the runtime get a suffix',
      {
        given: inputs('createClient', 'call', 'unwrap', 'match', 'servers', 'security_schemes'),
        want: [
          ['createClient_', 'CreateClient'],
          ['call_', 'Call'],
          ['unwrap_', 'Unwrap'],
          ['match_', 'Match'],
          ['servers_', 'Servers'],
          ['securitySchemes_', 'SecuritySchemes'],
        ],
      },
    ],
    [
      '`then` gets a suffix: an exported or bound `then` makes the module and the client thenables',
      {
        given: inputs('then', 'Then'),
        want: [
          ['then_', 'Then'],
          ['then2', 'Then2'],
        ],
      },
    ],
    [
      'reserved type stems get a suffix, function names stay',
      {
        given: inputs('status2xx', 'response', 'promise'),
        want: [
          ['status2xx', 'Status2xx_'],
          ['response', 'Response_'],
          ['promise', 'Promise_'],
        ],
      },
    ],
    [
      'a reserved name and its suffixed spelling do not collide',
      {
        given: inputs('delete', 'delete_'),
        want: [
          ['delete_', 'Delete'],
          ['delete2', 'Delete2'],
        ],
      },
    ],
    [
      'leading digits and __proto__',
      {
        given: inputs('2fa/verify', '__proto__'),
        want: [
          ['_2faVerify', '_2faVerify'],
          ['proto', 'Proto'],
        ],
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const names = assignOperationNames(given)
    expect(names.map((n) => [n.name, n.typeName])).toEqual(want)
    for (const n of names) {
      expect(isIdentifier(n.name)).toBe(true)
      expect(isIdentifier(n.typeName)).toBe(true)
    }
  })

  test('missing and unusable operationIds are derived from method and path', () => {
    const names = assignOperationNames([
      { operationId: undefined, method: 'get', path: '/zoos/{zId}/animals' },
      { operationId: '🎉', method: 'delete', path: '/zoos/{zId}' },
      { operationId: undefined, method: 'get', path: '/zoos/{zId}/animals' },
    ])
    expect(names).toEqual([
      { operationId: 'getZoosByZIdAnimals', name: 'getZoosByZIdAnimals', typeName: 'GetZoosByZIdAnimals' },
      { operationId: '🎉', name: 'deleteZoosByZId', typeName: 'DeleteZoosByZId' },
      { operationId: 'getZoosByZIdAnimals', name: 'getZoosByZIdAnimals2', typeName: 'GetZoosByZIdAnimals2' },
    ])
  })

  test('an explicit operationId keeps its name when a derived name comes first and collides with it', () => {
    const names = assignOperationNames([
      { operationId: undefined, method: 'get', path: '/users' },
      { operationId: 'getUsers', method: 'get', path: '/members' },
    ])
    expect(names.map((n) => [n.operationId, n.name])).toEqual([
      ['getUsers', 'getUsers2'],
      ['getUsers', 'getUsers'],
    ])
  })

  test('names are unique, and type stems unique regardless of case, for many colliding ids', () => {
    const ids = [
      'a',
      'A',
      'a_',
      'a2',
      'A2',
      'a-2',
      'a_2',
      'a 2 ',
      'delete',
      'Delete',
      'DELETE',
      'status2xx',
      'Status2XX',
    ]
    const names = assignOperationNames(inputs(...ids, ...ids))
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length)
    expect(new Set(names.map((n) => n.typeName.toLowerCase())).size).toBe(names.length)
  })
})
