import { describe, expect, it } from 'vitest'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { encodeXml, XML_DECLARATION } from './encode-xml.ts'

/** The document without its declaration line. */
function xml(value: unknown, schema: unknown, schemas: Record<string, unknown> = {}): string {
  const text = encodeXml(value, schema, createSchemaView({ schemas }))
  expect(text.startsWith(`${XML_DECLARATION}\n`)).toBe(true)
  return text.slice(XML_DECLARATION.length + 1)
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

describe('encodeXml', () => {
  it('starts with the XML declaration', () => {
    expect(encodeXml({ a: 1 }, undefined, createSchemaView({}))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<response><a>1</a></response>',
    )
  })

  describe('element names', () => {
    const schemas = {
      Pet: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          name: { type: 'string', xml: { name: 'petName' } },
          owner: ref('Person'),
        },
      },
      Person: { type: 'object', properties: { name: { type: 'string' } }, xml: { name: 'person' } },
    }

    it('names the root after the component a $ref names, members after their properties or xml.name', () => {
      expect(xml({ id: 1, name: 'Rex', owner: { name: 'Ann' } }, ref('Pet'), schemas)).toBe(
        '<Pet><id>1</id><petName>Rex</petName><person><name>Ann</name></person></Pet>',
      )
    })

    it('names the root by its xml.name first, and `response` when nothing names it', () => {
      expect(xml({ name: 'Ann' }, ref('Person'), schemas)).toBe('<person><name>Ann</name></person>')
      expect(xml({ name: 'Ann' }, { type: 'object' })).toBe('<response><name>Ann</name></response>')
      expect(xml(5, { type: 'integer' })).toBe('<response>5</response>')
    })

    it('lets the xml beside a $ref win over the referenced schema’s', () => {
      expect(xml({ name: 'Ann' }, { ...ref('Person'), xml: { name: 'owner' } }, schemas)).toBe(
        '<owner><name>Ann</name></owner>',
      )
    })

    it('makes names that are no XML names valid', () => {
      expect(xml({ 'first name': 'a', '2fa': true, 'x:y': 1, '': 2, 'a-b.c': 3 }, {})).toBe(
        '<response><first_name>a</first_name><_2fa>true</_2fa><x_y>1</x_y><_>2</_><a-b.c>3</a-b.c></response>',
      )
    })
  })

  it('writes scalar properties with xml.attribute as attributes, others as elements', () => {
    const schema = {
      type: 'object',
      properties: {
        id: { type: 'integer', xml: { attribute: true } },
        kind: { type: 'string', xml: { attribute: true, name: 'type' } },
        tags: { type: 'array', items: { type: 'string' }, xml: { attribute: true } },
        name: { type: 'string' },
      },
    }
    expect(xml({ name: 'Rex', id: 7, kind: 'dog', tags: ['a'] }, schema)).toBe(
      '<response id="7" type="dog"><name>Rex</name><tags>a</tags></response>',
    )
  })

  it('writes numbers and booleans as String does, and leaves null and absent members out', () => {
    const schema = { type: 'object', properties: { a: { xml: { attribute: true } } } }
    expect(xml({ n: 1.5, t: false, z: null, u: undefined, a: null, e: '' }, schema)).toBe(
      '<response><n>1.5</n><t>false</t><e/></response>',
    )
    expect(xml(null, ref('Pet'), { Pet: { type: 'object' } })).toBe('<Pet/>')
  })

  describe('arrays', () => {
    const animals = (xmlOfArray: object | undefined, itemsXml: object | undefined) => ({
      type: 'object',
      properties: {
        animals: {
          type: 'array',
          items: { type: 'string', ...(itemsXml === undefined ? {} : { xml: itemsXml }) },
          ...(xmlOfArray === undefined ? {} : { xml: xmlOfArray }),
        },
      },
    })
    const value = { animals: ['cat', 'dog'] }

    it.each([
      ['unwrapped by default', undefined, undefined, '<animals>cat</animals><animals>dog</animals>'],
      [
        'items named by their xml.name',
        undefined,
        { name: 'animal' },
        '<animal>cat</animal><animal>dog</animal>',
      ],
      [
        'unwrapped: the array’s own name is not used',
        { name: 'aliens' },
        { name: 'animal' },
        '<animal>cat</animal><animal>dog</animal>',
      ],
      [
        'wrapped',
        { wrapped: true },
        undefined,
        '<animals><animals>cat</animals><animals>dog</animals></animals>',
      ],
      [
        'wrapped, items named',
        { wrapped: true },
        { name: 'animal' },
        '<animals><animal>cat</animal><animal>dog</animal></animals>',
      ],
      [
        'wrapped and renamed',
        { wrapped: true, name: 'aliens' },
        { name: 'animal' },
        '<aliens><animal>cat</animal><animal>dog</animal></aliens>',
      ],
      [
        'wrapped and renamed, items not',
        { wrapped: true, name: 'aliens' },
        undefined,
        '<aliens><animals>cat</animals><animals>dog</animals></aliens>',
      ],
    ])('%s (OpenAPI 3.1 §4.8.26.2)', (_case, arrayXml, itemsXml, inner) => {
      expect(xml(value, animals(arrayXml, itemsXml))).toBe(`<response>${inner}</response>`)
    })

    it('names items by the xml.name of the schema their $ref names', () => {
      const schemas = { Animal: { type: 'string', xml: { name: 'animal' } } }
      const schema = {
        type: 'object',
        properties: { animals: { type: 'array', items: ref('Animal'), xml: { wrapped: true } } },
      }
      expect(xml(value, schema, schemas)).toBe(
        '<response><animals><animal>cat</animal><animal>dog</animal></animals></response>',
      )
    })

    it('wraps a root array, naming its items by their component, their xml.name or `item`', () => {
      const schemas = { Pet: { type: 'object' }, Pets: { type: 'array', items: ref('Pet') } }
      expect(xml([{ id: 1 }, { id: 2 }], ref('Pets'), schemas)).toBe(
        '<Pets><Pet><id>1</id></Pet><Pet><id>2</id></Pet></Pets>',
      )
      expect(
        xml([1, 2], { type: 'array', items: { type: 'integer', xml: { name: 'n' } }, xml: { name: 'ns' } }),
      ).toBe('<ns><n>1</n><n>2</n></ns>')
      expect(xml(['a'], { type: 'array', items: { type: 'string' } })).toBe(
        '<response><item>a</item></response>',
      )
      expect(xml([], { type: 'array' })).toBe('<response/>')
    })
  })

  describe('namespaces and prefixes', () => {
    it('declares a namespace on the element that names it, once for the elements inside', () => {
      const schema = {
        type: 'object',
        xml: { name: 'Person', namespace: 'https://example.com/schema' },
        properties: {
          name: { type: 'string', xml: { namespace: 'https://example.com/schema' } },
          pet: { type: 'string', xml: { namespace: 'https://example.com/pets', prefix: 'p' } },
        },
      }
      expect(xml({ name: 'Ann', pet: 'Rex' }, schema)).toBe(
        '<Person xmlns="https://example.com/schema"><name>Ann</name><p:pet xmlns:p="https://example.com/pets">Rex</p:pet></Person>',
      )
    })

    it('prefixes elements and attributes, declaring a prefixed attribute’s namespace on its element', () => {
      const schema = {
        type: 'object',
        xml: { name: 'Pet', prefix: 'smp', namespace: 'https://example.com/smp' },
        properties: {
          id: { type: 'integer', xml: { attribute: true, prefix: 'x', namespace: 'urn:x' } },
          lang: {
            type: 'string',
            xml: { attribute: true, prefix: 'smp', namespace: 'https://example.com/smp' },
          },
          name: { type: 'string', xml: { prefix: 'smp' } },
        },
      }
      expect(xml({ id: 1, lang: 'en', name: 'Rex' }, schema)).toBe(
        '<smp:Pet xmlns:smp="https://example.com/smp" xmlns:x="urn:x" x:id="1" smp:lang="en"><smp:name>Rex</smp:name></smp:Pet>',
      )
    })
  })

  describe('escaping', () => {
    it('escapes & < > " \' in text and attribute values, and keeps CR, tab and LF in attributes', () => {
      const schema = { type: 'object', properties: { a: { type: 'string', xml: { attribute: true } } } }
      expect(xml({ a: `<"&'>\t\n\r`, t: `</t><x y='1'> & "q"\r\n` }, schema)).toBe(
        '<response a="&lt;&quot;&amp;&apos;&gt;&#9;&#10;&#13;"><t>&lt;/t&gt;&lt;x y=&apos;1&apos;&gt; &amp; &quot;q&quot;&#13;\n</t></response>',
      )
    })

    it('replaces characters XML 1.0 cannot carry, keeping other characters and surrogate pairs', () => {
      expect(xml({ t: 'a\u0000b\u0007c\u001Fd\uFFFEe\uD800f\uDC00g 😀 é \u2028' }, {})).toBe(
        '<response><t>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg 😀 é \u2028</t></response>',
      )
    })
  })

  it('writes nested objects with their own schemas', () => {
    const schemas = {
      Order: {
        type: 'object',
        properties: {
          id: { type: 'integer', xml: { attribute: true } },
          lines: { type: 'array', items: ref('Line') },
        },
      },
      Line: {
        type: 'object',
        xml: { name: 'line' },
        properties: { sku: { type: 'string', xml: { attribute: true } }, qty: { type: 'integer' } },
      },
    }
    const order = {
      id: 9,
      lines: [
        { sku: 'A', qty: 1 },
        { sku: 'B', qty: 2 },
      ],
      meta: { note: 'x' },
    }
    expect(xml(order, ref('Order'), schemas)).toBe(
      '<Order id="9"><line sku="A"><qty>1</qty></line><line sku="B"><qty>2</qty></line><meta><note>x</note></meta></Order>',
    )
  })

  it('follows a recursive schema as far as the value goes', () => {
    const schemas = {
      Node: {
        type: 'object',
        xml: { name: 'node' },
        properties: {
          id: { type: 'integer', xml: { attribute: true } },
          children: { type: 'array', items: ref('Node'), xml: { wrapped: true } },
          self: ref('Self'),
        },
      },
      Self: { allOf: [ref('Self')], oneOf: [ref('Self')] },
    }
    const tree = {
      id: 1,
      children: [
        { id: 2, children: [{ id: 3 }] },
        { id: 4, children: [] },
      ],
      self: { a: 1 },
    }
    expect(xml(tree, ref('Node'), schemas)).toBe(
      '<node id="1"><children><node id="2"><children><node id="3"/></children></node><node id="4"><children/></node></children><self><a>1</a></self></node>',
    )
  })

  it('leaves out an object met again inside itself', () => {
    const loop: Record<string, unknown> = { a: 1 }
    loop.self = loop
    expect(xml(loop, {})).toBe('<response><a>1</a></response>')
  })

  describe('compositions', () => {
    const schemas = {
      Base: { type: 'object', properties: { id: { type: 'integer', xml: { attribute: true } } } },
      Cat: {
        allOf: [
          ref('Base'),
          { type: 'object', properties: { meow: { type: 'string', xml: { name: 'says' } } } },
        ],
        xml: { name: 'cat' },
      },
      Dog: {
        type: 'object',
        properties: { bark: { type: 'string', xml: { attribute: true } }, name: { type: 'string' } },
      },
      Pet: { oneOf: [ref('Cat'), ref('Dog')] },
    }

    it('merges the properties of allOf parts', () => {
      expect(xml({ id: 1, meow: 'hi' }, ref('Cat'), schemas)).toBe('<cat id="1"><says>hi</says></cat>')
    })

    it('uses the oneOf/anyOf branch that declares most of the value’s members', () => {
      expect(xml({ id: 1, meow: 'hi' }, ref('Pet'), schemas)).toBe('<Pet id="1"><says>hi</says></Pet>')
      expect(xml({ id: 2, bark: 'woof', name: 'Rex' }, ref('Pet'), schemas)).toBe(
        '<Pet bark="woof"><id>2</id><name>Rex</name></Pet>',
      )
      expect(xml({ other: 1 }, { anyOf: [ref('Cat'), ref('Dog')] }, schemas)).toBe(
        '<response><other>1</other></response>',
      )
    })

    it('reads additionalProperties for members no property declares', () => {
      const schema = {
        type: 'object',
        properties: { a: { type: 'string' } },
        additionalProperties: { type: 'string', xml: { attribute: true } },
      }
      expect(xml({ a: 'b', k: 'v' }, schema)).toBe('<response k="v"><a>b</a></response>')
    })
  })
})
