import { describe, expect, it } from 'vitest'
import { loadHclParser } from '../../src/readers/terraform/hcl/loader.js'
import { parseHcl } from '../../src/readers/terraform/hcl/parse.js'

describe('HCL parsing', async () => {
  const parser = await loadHclParser()
  const parse = (text: string) => parseHcl(parser, { path: 'main.tf', text })

  it('keeps attributes, blocks, labels and positions', () => {
    const file = parse(
      '# ü comment\nmodule "eks" {\n  source = "terraform-aws-modules/eks/aws"\n  cluster_version = "1.30" # ünïcode\n}\n',
    )
    expect(file.syntaxErrors).toEqual([])
    const block = file.body.blocks[0]!
    expect([block.type, block.labels, block.at.line]).toEqual(['module', ['eks'], 2])
    const version = block.body.attributes.get('cluster_version')!
    expect(version.expression).toMatchObject({
      kind: 'literal',
      value: '1.30',
      text: '"1.30"',
      at: { line: 4, column: 21 },
    })
  })

  it('converts the expressions real configs use', () => {
    const file = parse(`
a = "1.\${local.minor - 1}"
b = var.x ? "1.29" : try(local.y["k"], "1.28")
c = { coredns = {}, "vpc-cni" = { most_recent = true }, (var.k) = 1 }
d = [for k, v in var.m : v.version if v.enabled]
e = -1 * (2 + 3)
f = aws_eks_cluster.this[*].version
g = <<-EOT
  heredoc \${var.z}
EOT
h = concat(var.l, ["x"]...)
`)
    const attr = (name: string) => file.body.attributes.get(name)!.expression
    expect(attr('a')).toMatchObject({
      kind: 'template',
      parts: [
        '1.',
        {
          kind: 'binary',
          op: '-',
          left: { kind: 'attr', name: 'minor', target: { kind: 'variable', name: 'local' } },
          right: { kind: 'literal', value: 1 },
        },
      ],
    })
    expect(attr('b')).toMatchObject({
      kind: 'conditional',
      then: { kind: 'literal', value: '1.29' },
      otherwise: {
        kind: 'call',
        name: 'try',
        args: [
          { kind: 'index', key: { kind: 'literal', value: 'k' }, text: 'local.y["k"]' },
          { kind: 'literal', value: '1.28' },
        ],
      },
    })
    expect(attr('c')).toMatchObject({
      kind: 'object',
      entries: [{ key: 'coredns' }, { key: 'vpc-cni' }, { key: { kind: 'attr', name: 'k' } }],
    })
    expect(attr('d')).toMatchObject({
      kind: 'for',
      keyVar: 'k',
      valueVar: 'v',
      value: { kind: 'attr', name: 'version' },
      condition: { kind: 'attr', name: 'enabled' },
    })
    expect(attr('e')).toMatchObject({
      kind: 'binary',
      op: '*',
      left: { kind: 'unary', op: '-' },
      right: { kind: 'binary', op: '+' },
    })
    expect(attr('f')).toMatchObject({ kind: 'splat' })
    expect(attr('g')).toMatchObject({
      kind: 'template',
      parts: [expect.stringContaining('heredoc'), { kind: 'attr', name: 'z' }, '\n'],
    })
    expect(attr('h')).toMatchObject({ kind: 'call', name: 'concat', expand: true })
  })

  it('reports syntax errors with their line, drops the broken block and still reads the rest', () => {
    const file = parse(
      'resource "aws_eks_cluster" "x" {\n  version = "1.29"\n  vpc_config {\n    subnet_ids = [\n  }\n}\nmodule "m" {\n  cluster_version = "1.30"\n}\n',
    )
    expect(file.syntaxErrors).toEqual([
      {
        at: { file: 'main.tf', line: 4, column: 5 },
        message: 'HCL syntax error: unexpected "subnet_ids = ["',
      },
    ])
    expect(file.body.blocks.map((b) => b.type)).toEqual(['module'])
    expect(file.body.blocks[0]!.body.attributes.get('cluster_version')?.expression).toMatchObject({
      value: '1.30',
    })
  })
})

describe('exponent literals the grammar cannot read', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { parseHcl } = await import('../../src/readers/terraform/hcl/parse.js')

  it('1e3 without a fraction keeps its block, its value and the columns after it', async () => {
    const text =
      'locals {\n  big = 1e3 # "2e3" in a comment\n  v   = "1e3 in a string"\n  n   = [1e3, 2]\n}\n'
    const file = parseHcl(await loadHclParser(), { path: 'a.tf', text })
    expect(file.syntaxErrors).toEqual([])
    const locals = file.body.blocks[0]!.body.attributes
    expect(locals.get('big')!.expression).toMatchObject({ kind: 'literal', value: 1000 })
    expect(locals.get('v')!.expression).toMatchObject({ value: '1e3 in a string' })
    const list = locals.get('n')!.expression as unknown as {
      items: Array<{ at: { column: number } }>
    }
    // `2` is at column 15 as written, although the parser saw "1.0e3".
    expect(list.items.map((item) => item.at.column)).toEqual([10, 15])
  })

  it('inside template interpolations too, but never in template text or heredoc text', async () => {
    const text =
      'locals {\n  a = "1.${1e1 + 20}"\n  b = "$${2e3} %{ if 1e0 > 0 }x%{ endif }"\n  c = <<EOT\n3e3 ${1e2}\nEOT\n  d = 1\n}\n'
    const file = parseHcl(await loadHclParser(), { path: 'a.tf', text })
    expect(file.syntaxErrors).toEqual([])
    const locals = file.body.blocks[0]!.body.attributes
    expect([...locals.keys()]).toEqual(['a', 'b', 'c', 'd'])
    expect(locals.get('a')!.expression).toMatchObject({
      kind: 'template',
      parts: ['1.', { kind: 'binary', left: { kind: 'literal', value: 10 } }],
    })
    const heredoc = locals.get('c')!.expression as unknown as { parts: unknown[] }
    expect(heredoc.parts[0]).toBe('3e3 ')
  })
})

describe('heredocs', async () => {
  const { loadHclParser } = await import('../../src/readers/terraform/hcl/loader.js')
  const { parseHcl } = await import('../../src/readers/terraform/hcl/parse.js')

  it('<<EOT keeps its last line break; <<-EOT removes the indentation its lines share', async () => {
    const text = 'locals {\n  a = <<EOT\n1.30\nEOT\n  b = <<-EOT\n    x\n      y\n    EOT\n}\n'
    const locals = parseHcl(await loadHclParser(), { path: 'a.tf', text }).body.blocks[0]!.body
      .attributes
    expect(locals.get('a')!.expression).toMatchObject({ kind: 'literal', value: '1.30\n' })
    expect(locals.get('b')!.expression).toMatchObject({ kind: 'literal', value: 'x\n  y\n' })
  })
})
