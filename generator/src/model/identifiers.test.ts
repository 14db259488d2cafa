import { describe, expect, test } from 'vitest'
import { deriveOperationId, isIdentifier, splitWords, toCamelCase, toPascalCase } from './identifiers.ts'

describe('splitWords', () => {
  const cases: [string, { given: string; want: string[] }][] = [
    ['slash and dash', { given: 'repos/get-content', want: ['repos', 'get', 'content'] }],
    ['camel case', { given: 'getUserById', want: ['get', 'User', 'By', 'Id'] }],
    ['acronym run', { given: 'HTMLParser', want: ['HTML', 'Parser'] }],
    ['digits stay with their word', { given: 'getV2Users', want: ['get', 'V2', 'Users'] }],
    ['underscores and dollars split', { given: '__proto__$x', want: ['proto', 'x'] }],
    ['emoji split and vanish', { given: 'get🎉User', want: ['get', 'User'] }],
    ['only punctuation', { given: ' -/.🎉 ', want: [] }],
    ['decomposed accent is composed', { given: 'cafe\u0301-list', want: ['café', 'list'] }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(splitWords(given)).toEqual(want)
  })
})

describe('toCamelCase', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['slash', { given: 'repos/get', want: 'reposGet' }],
    ['spaces', { given: 'find pet by id', want: 'findPetById' }],
    ['dash', { given: 'get-user', want: 'getUser' }],
    ['leading digit', { given: '2fa/verify', want: '_2faVerify' }],
    ['already camel', { given: 'getUser', want: 'getUser' }],
    ['snake', { given: 'get_user', want: 'getUser' }],
    ['pascal', { given: 'GetUser', want: 'getUser' }],
    ['screaming snake', { given: 'GET_USER', want: 'getUser' }],
    ['trailing space', { given: 'getUser ', want: 'getUser' }],
    ['dotted', { given: 'users.list', want: 'usersList' }],
    ['acronym lowered', { given: 'getHTTPStatus', want: 'getHttpStatus' }],
    ['unicode letters kept', { given: 'créer-élève', want: 'créerÉlève' }],
    ['non-latin script', { given: 'получить пользователя', want: 'получитьПользователя' }],
    ['emoji stripped', { given: '🚀 launch-rocket 🚀', want: 'launchRocket' }],
    ['nothing left', { given: '🎉-🎉', want: '' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const got = toCamelCase(given)
    expect(got).toBe(want)
    if (got !== '') expect(isIdentifier(got)).toBe(true)
  })
})

describe('toPascalCase', () => {
  const cases: [string, { given: string; want: string }][] = [
    ['slash', { given: 'repos/get', want: 'ReposGet' }],
    ['screaming snake', { given: 'GET_USER', want: 'GetUser' }],
    ['leading digit', { given: '404 page', want: '_404Page' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(toPascalCase(given)).toBe(want)
  })
})

describe('deriveOperationId', () => {
  const cases: [string, { given: [string, string]; want: string }][] = [
    ['nested template', { given: ['get', '/zoos/{zId}/animals'], want: 'getZoosByZIdAnimals' }],
    ['collection', { given: ['post', '/zoos'], want: 'postZoos' }],
    ['root', { given: ['get', '/'], want: 'getRoot' }],
    ['reserved method alone', { given: ['delete', '/'], want: 'deleteRoot' }],
    ['two variables', { given: ['put', '/a/{x}/{y}'], want: 'putAByXByY' }],
    ['variable inside a segment', { given: ['get', '/files/{name}.json'], want: 'getFilesByNameJson' }],
    ['dashed segments', { given: ['patch', '/user-groups/{group_id}'], want: 'patchUserGroupsByGroupId' }],
    ['version prefix', { given: ['get', '/v2/users'], want: 'getV2Users' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(deriveOperationId(...given)).toBe(want)
  })
})
