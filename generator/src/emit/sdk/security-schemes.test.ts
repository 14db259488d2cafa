import { describe, expect, test } from 'vitest'
import { ImportTracker } from './import-tracker.ts'
import { NameScope } from './name-scope.ts'
import { credentialName, securitySchemesCode } from './security-schemes.ts'

describe('securitySchemesCode', () => {
  test('references the apply of the kind of each scheme, tokenCredential for bearer-like ones', () => {
    const imports = {
      code: new ImportTracker(new NameScope()),
      declarations: new ImportTracker(new NameScope()),
    }
    const { code, type } = securitySchemesCode(
      {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        basic: { type: 'http', scheme: 'Basic' },
        key: { type: 'apiKey', in: 'query', name: 'api_key' },
        oauth: { type: 'oauth2' },
        mtls: { type: 'mutualTLS' },
      },
      imports,
    )
    expect(code).toBe(
      "{ bearer: { type: 'http', scheme: 'bearer', apply: tokenCredential }, basic: { type: 'http', scheme: 'Basic', apply: basicCredential }, " +
        "key: { type: 'apiKey', in: 'query', name: 'api_key', apply: apiKeyCredential }, oauth: { type: 'oauth2', apply: tokenCredential }, " +
        "mtls: { type: 'mutualTLS', apply: noCredential } }",
    )
    expect(type).toContain(
      "readonly key: { readonly type: 'apiKey'; readonly in: 'query'; readonly name: 'api_key'; readonly apply: ApplyCredential }",
    )
    expect(type).toContain("readonly oauth: { readonly type: 'oauth2'; readonly apply: ApplyCredential }")
    expect(imports.code.declarations(true)[0]?.namedImports).toEqual([
      { name: 'apiKeyCredential' },
      { name: 'basicCredential' },
      { name: 'noCredential' },
      { name: 'tokenCredential' },
    ])
  })

  test('writes no schemes as {}', () => {
    const imports = {
      code: new ImportTracker(new NameScope()),
      declarations: new ImportTracker(new NameScope()),
    }
    expect(securitySchemesCode({}, imports)).toEqual({ code: '{}', type: '{}' })
    expect(credentialName({ type: 'openIdConnect' })).toBe('tokenCredential')
    expect(credentialName({ type: 'http', scheme: 'Digest' })).toBe('tokenCredential')
  })
})
