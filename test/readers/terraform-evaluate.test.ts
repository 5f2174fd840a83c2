import { describe, expect, it } from 'vitest'
import { sourceRef } from '../../src/model/source.js'
import { evaluate, type Scope } from '../../src/readers/terraform/hcl/evaluate.js'
import { loadHclParser } from '../../src/readers/terraform/hcl/loader.js'
import { parseHcl } from '../../src/readers/terraform/hcl/parse.js'
import { show, through, type Value } from '../../src/readers/terraform/hcl/value.js'

describe('static evaluation of HCL expressions', async () => {
  const parser = await loadHclParser()
  const locals = parseHcl(parser, {
    path: 'locals.tf',
    text: [
      'locals {',
      '  minor    = 34',
      '  versions = { prod = "1.29", dev = "1.31" }',
      '  env      = "prod"',
      '  cycle_a  = local.cycle_b',
      '  cycle_b  = local.cycle_a',
      '  groups   = { a = { version = "1.30" }, b = {} }',
      '}',
    ].join('\n'),
  }).body.blocks[0]!.body.attributes
  const active = new Set<string>()
  const scope: Scope = {
    variable: (name, at) =>
      name === 'cluster_version'
        ? through(
            {
              type: 'string',
              value: '1.28',
              origin: { at: sourceRef('terraform.tfvars', 1, 19), via: [] },
            },
            [sourceRef('variables.tf', 3)],
          )
        : {
            type: 'error',
            reason: `no variable ${name}`,
            expression: name,
            origin: { at, via: [] },
          },
    local: (name, at) => {
      const attr = locals.get(name)
      if (!attr)
        return {
          type: 'error',
          reason: `no local ${name}`,
          expression: name,
          origin: { at, via: [] },
        }
      if (active.has(name))
        return {
          type: 'error',
          reason: `local.${name} refers to itself`,
          expression: name,
          origin: { at, via: [] },
        }
      active.add(name)
      try {
        return through(evaluate(attr.expression, scope), [attr.at])
      } finally {
        active.delete(name)
      }
    },
    moduleOutput: (name, _key, output, at) => ({
      type: 'unknown',
      reason: `module.${name}.${output}`,
      expression: '',
      origin: { at, via: [] },
    }),
    resourceAttribute: (type, name, _key, attr, at) => ({
      type: 'unknown',
      reason: `${type}.${name}.${attr}`,
      expression: '',
      origin: { at, via: [] },
    }),
    dataAttribute: (type, name, _key, attr, at) => ({
      type: 'unknown',
      reason: `data.${type}.${name}.${attr}`,
      expression: '',
      origin: { at, via: [] },
      data: { type, name, attribute: attr },
    }),
    instanceKeys: () => undefined,
  }
  const run = (text: string): Value =>
    evaluate(
      parseHcl(parser, { path: 'main.tf', text: `x = ${text}\n` }).body.attributes.get('x')!
        .expression,
      scope,
    )

  it.each([
    ['"1.${local.minor - 1}"', '"1.33"'],
    ['format("1.%d", local.minor)', '"1.34"'],
    ['local.versions[local.env]', '"1.29"'],
    ['lookup(local.versions, "dev", "1.20")', '"1.31"'],
    ['lookup(local.versions, "qa", "1.20")', '"1.20"'],
    ['try(local.groups.b.version, var.cluster_version)', '"1.28"'],
    ['coalesce("", null, "1.30")', '"1.30"'],
    ['true ? "1.29" : "1.28"', '"1.29"'],
    ['concat(["a"], ["b", "c"])', '["a", "b", "c"]'],
    ['merge({ a = 1 }, { b = 2 }, { a = 3 })', '{a = 3, b = 2}'],
    ['[for k, v in local.groups : k if can(v.version)]', '["a"]'],
    ['{ for k, v in local.versions : v => k }', '{1.29 = "prod", 1.31 = "dev"}'],
    ['element(["1.28", "1.29"], 1)', '"1.29"'],
    ['join(".", ["1", "30"])', '"1.30"'],
    ['replace("v1.30", "v", "")', '"1.30"'],
    ['trimprefix("v1.30", "v")', '"1.30"'],
    ['tostring(1.30)', '"1.3"'],
    ['length(keys(local.groups))', '2'],
    ['one(["1.30"])', '"1.30"'],
    ['-(1 + 2) * 3', '-9'],
  ])('%s = %s', (text, expected) => {
    expect(show(run(text))).toBe(expected)
  })

  it('keeps unknowns and errors with their reason', () => {
    expect(run('data.aws_eks_cluster.this.version')).toMatchObject({
      type: 'unknown',
      data: { type: 'aws_eks_cluster', name: 'this' },
    })
    expect(run('local.cycle_a')).toMatchObject({
      type: 'error',
      reason: 'local.cycle_a refers to itself',
    })
    expect(run('local.groups.b.version')).toMatchObject({
      type: 'error',
      reason: '"version" does not exist in an object with keys (none)',
    })
    expect(run('regex("[0-9]+", "v1")')).toMatchObject({ type: 'string', value: '1' })
    expect(run('regex("(?i)v[0-9]+", "V1")')).toMatchObject({
      type: 'unknown',
      reason: 'the pattern uses RE2 syntax the gate does not evaluate',
    })
    expect(run('regex("[0-9]+", "none")')).toMatchObject({
      type: 'error',
      reason: 'the pattern did not match',
    })
    expect(run('aws_eks_cluster.this[*].version')).toMatchObject({ type: 'unknown' })
    // An element AWS decides makes join/compact unknown, which try() does not skip, never an error.
    expect(run('join("-", ["a", data.aws_eks_cluster.this.name])')).toMatchObject({
      type: 'unknown',
    })
    expect(run('compact(["", data.aws_eks_cluster.this.name])')).toMatchObject({ type: 'unknown' })
    expect(run('nonsensitive(sensitive("1.30"))')).toMatchObject({ type: 'string', value: '1.30' })
    // An unknown condition keeps both branches, for extractors that need only what they share.
    expect(run('data.aws_eks_cluster.this.name == "" ? "1.29" : "1.30"')).toMatchObject({
      type: 'unknown',
      either: [{ value: '1.29' }, { value: '1.30' }],
    })
    expect(run('"v${data.aws_eks_cluster.this.version}-x"')).toMatchObject({
      type: 'unknown',
      parts: ['v', { type: 'unknown', data: { attribute: 'version' } }, '-x'],
    })
    // Found by the expression fuzzer: it threw and cost the whole root.
    expect(run('element()')).toMatchObject({
      type: 'unknown',
      reason: 'element() could not be evaluated with these arguments',
    })
    expect(run('var.flag ? "1.29" : "1.28"')).toMatchObject({ type: 'error' })
  })

  it('points computed versions at the single input a user edits', () => {
    expect(run('"1.${local.minor - 1}"').origin.at).toEqual(sourceRef('locals.tf', 2, 14))
    const fromTfvars = run('var.cluster_version')
    expect(fromTfvars.origin).toEqual({
      at: sourceRef('terraform.tfvars', 1, 19),
      via: [sourceRef('variables.tf', 3)],
    })
    expect(run('local.versions[local.env]').origin.at).toEqual(sourceRef('locals.tf', 3, 23))
    expect(run('"1.29"').origin.at).toEqual(sourceRef('main.tf', 1, 5))
  })
})
