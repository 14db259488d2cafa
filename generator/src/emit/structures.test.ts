import {
  CodeBlockWriter,
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  type StatementStructures,
  StructureKind,
  VariableDeclarationKind,
} from 'ts-morph'
import { describe, expect, test } from 'vitest'
import { CodeWriter } from './code-writer.ts'
import { printModule } from './print-module.ts'
import {
  type ConstStructure,
  constStatement,
  type FunctionStructure,
  functionDeclaration,
  type ImportStructure,
  type InterfaceStructure,
  interfaceDeclaration,
  type TypeAliasStructure,
  typeAlias,
} from './structures.ts'

/**
 * What ts-morph prints for a module, the way generated modules were printed with it: imports, then each
 * declaration after a blank line, two-space indentation, single quotes, no trailing whitespace.
 */
function printedByTsMorph(imports: StatementStructures[], declarations: StatementStructures[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      quoteKind: QuoteKind.Single,
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  })
  const blankLine = (writer: CodeBlockWriter) => {
    writer.blankLineIfLastNot()
  }
  const statements = [...imports, ...declarations.flatMap((statement) => [blankLine, statement])]
  return project
    .createSourceFile('module.ts', { statements })
    .getFullText()
    .replace(/[ \t]+(?=\n)/g, '')
}

const multiLineDoc = 'First line\n\nSecond paragraph ends with spaces   \n@param x - the x'

/** One structure of each kind, as statusline builds them and as ts-morph takes them. */
type Case =
  | { readonly kind: 'const'; readonly structure: ConstStructure }
  | { readonly kind: 'typeAlias'; readonly structure: TypeAliasStructure }
  | { readonly kind: 'function'; readonly structure: FunctionStructure }
  | { readonly kind: 'interface'; readonly structure: InterfaceStructure }

const cases: [string, Case][] = [
  [
    'a documented exported const with a type',
    {
      kind: 'const',
      structure: {
        isExported: true,
        docs: [multiLineDoc],
        declarations: [{ name: 'mockData', type: 'MockData', initializer: 'JSON.parse("{}")' }],
      },
    },
  ],
  [
    'a const without docs or type',
    { kind: 'const', structure: { declarations: [{ name: 'servers', initializer: "['a'] as const" }] } },
  ],
  [
    'a type alias whose union starts on the next line',
    {
      kind: 'typeAlias',
      structure: {
        name: 'GetZooResult',
        isExported: true,
        docs: ['One line.'],
        type: '\n| SuccessMember<200, 200, Zoo, {}>\n| ErrorMember<404, 404, Error, {}>',
      },
    },
  ],
  [
    'a function with type parameters, an optional and a defaulted parameter, and a multi-line body',
    {
      kind: 'function',
      structure: {
        name: 'bindOperations',
        docs: [multiLineDoc, 'A second block.'],
        typeParameters: ['T extends Record<string, unknown>', 'U'],
        parameters: [
          { name: 'operations', type: 'T', initializer: '{} as T' },
          { name: 'client', type: 'Client', hasQuestionToken: true },
        ],
        returnType: 'T',
        statements: ['const bound = {};\nfor (const x of y) {\n  bound[x] = x;\n}', 'return bound as T;'],
      },
    },
  ],
  [
    'a declared function: a signature without a body',
    {
      kind: 'function',
      structure: {
        name: 'getZoo',
        isExported: true,
        hasDeclareKeyword: true,
        docs: [multiLineDoc],
        parameters: [
          { name: 'params', type: 'types.GetZooParams', hasQuestionToken: true },
          { name: 'options', type: 'CallOptions', hasQuestionToken: true },
        ],
        returnType: 'Promise<types.GetZooResult>',
      },
    },
  ],
  [
    'a JavaScript function: untyped parameters, one defaulted',
    {
      kind: 'function',
      structure: {
        name: 'createClient',
        isExported: true,
        parameters: [{ name: 'options', initializer: '{}' }, { name: 'client' }],
        statements: ['return bindOperations(options, client);'],
      },
    },
  ],
  [
    'a declared constant with a type and no value',
    {
      kind: 'const',
      structure: {
        isExported: true,
        hasDeclareKeyword: true,
        docs: ['Server URLs.'],
        declarations: [{ name: 'servers', type: "readonly ['https://a.example']" }],
      },
    },
  ],
  [
    'an exported function without parameters',
    {
      kind: 'function',
      structure: {
        name: 'createMock',
        isExported: true,
        returnType: 'Mock',
        statements: ['return createMockRuntime(mockData)'],
      },
    },
  ],
  [
    'an interface with documented properties and methods',
    {
      kind: 'interface',
      structure: {
        name: 'Api',
        isExported: true,
        docs: ['Every operation.'],
        properties: [
          { name: 'getZoo', type: 'typeof getZoo', docs: [multiLineDoc] },
          { name: "'x-rate'", type: 'number', hasQuestionToken: true },
        ],
        methods: [
          {
            name: 'listZoos',
            docs: ['Lists zoos.'],
            parameters: [
              { name: 'params', type: 'ListZoosParams', hasQuestionToken: true },
              { name: 'options', type: 'CallOptions', hasQuestionToken: true },
            ],
            returnType: 'Promise<ListZoosResult>',
          },
          { name: 'reset', returnType: 'void' },
        ],
      },
    },
  ],
  [
    'an interface with methods only',
    { kind: 'interface', structure: { name: 'Empty', methods: [{ name: 'x' }] } },
  ],
]

/** The statement printer of a case, and ts-morph's structure of it. */
function both(given: Case): [(writer: CodeWriter) => void, StatementStructures] {
  switch (given.kind) {
    case 'const': {
      const { structure } = given
      return [
        constStatement(structure),
        {
          kind: StructureKind.VariableStatement,
          declarationKind: VariableDeclarationKind.Const,
          isExported: structure.isExported ?? false,
          hasDeclareKeyword: structure.hasDeclareKeyword ?? false,
          docs: [...(structure.docs ?? [])],
          declarations: structure.declarations.map((declaration) => ({ ...declaration })),
        },
      ]
    }
    case 'typeAlias':
      return [
        typeAlias(given.structure),
        { ...given.structure, kind: StructureKind.TypeAlias, docs: [...(given.structure.docs ?? [])] },
      ]
    case 'function': {
      const { statements, ...structure } = given.structure
      return [
        functionDeclaration(given.structure),
        {
          ...structure,
          kind: StructureKind.Function,
          docs: [...(structure.docs ?? [])],
          typeParameters: [...(structure.typeParameters ?? [])],
          parameters: (structure.parameters ?? []).map((parameter) => ({ ...parameter })),
          ...(statements === undefined ? {} : { statements: [...statements] }),
        },
      ]
    }
    case 'interface': {
      const { structure } = given
      return [
        interfaceDeclaration(structure),
        {
          ...structure,
          kind: StructureKind.Interface,
          docs: [...(structure.docs ?? [])],
          properties: (structure.properties ?? []).map((p) => ({ ...p, docs: [...(p.docs ?? [])] })),
          methods: (structure.methods ?? []).map((m) => ({
            ...m,
            docs: [...(m.docs ?? [])],
            parameters: (m.parameters ?? []).map((parameter) => ({ ...parameter })),
          })),
        },
      ]
    }
  }
}

describe('structures print as ts-morph prints them', () => {
  test.each(cases)('%s', (_, given) => {
    const [ours, theirs] = both(given)
    expect(printModule([], [ours])).toBe(printedByTsMorph([], [theirs]))
  })

  test('a whole module: named, aliased and type-only imports, a namespace import, every declaration', () => {
    const imports: ImportStructure[] = [
      {
        moduleSpecifier: '@statusline/client',
        namedImports: [
          'call',
          { name: 'createClient', alias: 'createRuntimeClient' },
          { name: 'Client', isTypeOnly: true },
        ],
      },
      { moduleSpecifier: './schema.js', isTypeOnly: true, namedImports: ['components', 'paths'] },
      { moduleSpecifier: './operation-types.js', isTypeOnly: true, namespaceImport: 'types' },
    ]
    const declarations = cases.map(([, given]) => both(given))
    expect(
      printModule(
        imports,
        declarations.map(([ours]) => ours),
      ),
    ).toBe(
      printedByTsMorph(
        imports.map(
          (item): StatementStructures => ({
            kind: StructureKind.ImportDeclaration,
            moduleSpecifier: item.moduleSpecifier,
            isTypeOnly: item.isTypeOnly ?? false,
            ...(item.namespaceImport === undefined ? {} : { namespaceImport: item.namespaceImport }),
            namedImports: (item.namedImports ?? []).map((named) =>
              typeof named === 'string' ? named : { ...named },
            ),
          }),
        ),
        declarations.map(([, theirs]) => theirs),
      ),
    )
  })

  test('an import with both named and namespace imports is refused', () => {
    expect(() =>
      printModule([{ moduleSpecifier: 'x', namedImports: ['a'], namespaceImport: 'b' }], []),
    ).toThrow('[statusline] Failed to print an import of x: it has both named and namespace imports')
  })
})

/** The writer calls statement writers make, against either writer. */
interface Writer {
  write(text: string): unknown
  writeLine(text: string): unknown
  newLine(): unknown
  blankLineIfLastNot(): unknown
  block(body: () => void): unknown
  inlineBlock(body: () => void): unknown
}

describe('CodeWriter writes what CodeBlockWriter writes', () => {
  const scripts: [string, (writer: Writer) => void][] = [
    [
      'an interface written with block and nested inlineBlock',
      (writer) => {
        writer.writeLine('/** Doc. */')
        writer.write('export interface P ')
        writer.block(() => {
          writer.writeLine('/** Path. */')
          writer.write('path: ')
          writer.inlineBlock(() => {
            writer.write('id: number;')
            writer.newLine()
          })
          writer.write(';')
          writer.newLine()
        })
        writer.write('export const after = 1;')
      },
    ],
    [
      'an object literal entry by entry, then text after the block',
      (writer) => {
        writer.write('const spec = ')
        writer.inlineBlock(() => {
          writer.writeLine("method: 'GET',")
          writer.writeLine('responses: { 200: {} },')
        })
        writer.write(' as const;')
        writer.newLine()
        writer.blankLineIfLastNot()
        writer.blankLineIfLastNot()
        writer.write('multi\nline\n\ntext')
      },
    ],
  ]

  test.each(scripts)('%s', (_, script) => {
    const ours = new CodeWriter()
    const theirs = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true })
    script(ours)
    script(theirs)
    expect(ours.toString()).toBe(theirs.toString())
  })
})
