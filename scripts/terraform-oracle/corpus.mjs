// The differential corpus: small Terraform configurations whose local.cluster_version
// the gate must evaluate exactly as Terraform does. Realistic EKS version expressions
// (written by hand, from the shapes in shared/reference/iac-patterns.md) plus seeded
// random compositions of the expressions and functions those use.
//
// Each case: { name, files: { path: text }, varFiles?: [path] }. The files hold only
// variable and locals blocks and tfvars, so `terraform console` evaluates them offline.
// Deterministic: the same seed gives the same corpus.

/** A small seeded generator (mulberry32), so the corpus is stable across runs. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const locals = (body) => `locals {\n${body}\n}\n`
const variable = (name, { type, def, extra } = {}) =>
  `variable "${name}" {\n${type ? `  type = ${type}\n` : ''}${def !== undefined ? `  default = ${def}\n` : ''}${extra ?? ''}}\n`

/** Hand-written cases: the ways real repositories spell a cluster version. */
function realistic() {
  const cases = []
  const add = (name, files, varFiles) => cases.push({ name, files, ...(varFiles && { varFiles }) })
  const main = (text) => ({ 'main.tf': text })

  // Literals and numbers.
  add('string-literal', main(locals('  cluster_version = "1.31"')))
  add('number-literal-1.30', main(locals('  cluster_version = 1.30')))
  add('number-literal-1.29', main(locals('  cluster_version = 1.29')))
  add('number-exponent', main(locals('  cluster_version = 1.3e0')))
  add(
    'exponent-without-fraction',
    main(
      locals(
        '  big             = 1e3\n  minor           = 31e0\n  cluster_version = "1.${local.minor}"',
      ),
    ),
  )
  add('number-in-template', main(locals('  cluster_version = "1.${30.0}"')))
  add('number-float-in-template', main(locals('  cluster_version = "${1.30}"')))
  add('string-with-v', main(locals('  cluster_version = "v1.30"')))
  add('string-patch', main(locals('  cluster_version = "1.30.0"')))
  add('string-spaces', main(locals('  cluster_version = " 1.30"')))
  add('null', main(locals('  cluster_version = null')))
  add('bool', main(locals('  cluster_version = true')))
  add('list-one', main(locals('  cluster_version = ["1.30"]')))

  // Variables: defaults, types, tfvars, var-files.
  add(
    'var-default-string',
    main(variable('v', { type: 'string', def: '"1.30"' }) + locals('  cluster_version = var.v')),
  )
  add(
    'var-default-number-typed-string',
    main(variable('v', { type: 'string', def: '1.30' }) + locals('  cluster_version = var.v')),
  )
  add(
    'var-default-number-untyped',
    main(variable('v', { def: '1.30' }) + locals('  cluster_version = var.v')),
  )
  add(
    'var-type-number-from-string',
    main(
      variable('v', { type: 'number', def: '"30"' }) + locals('  cluster_version = "1.${var.v}"'),
    ),
  )
  add(
    'var-type-number-padded',
    main(
      variable('v', { type: 'number', def: '"030"' }) + locals('  cluster_version = "1.${var.v}"'),
    ),
  )
  add(
    'var-type-bool-from-string',
    main(
      variable('new', { type: 'bool', def: '"true"' }) +
        locals('  cluster_version = var.new ? "1.31" : "1.30"'),
    ),
  )
  add('tfvars-overrides-default', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'terraform.tfvars': 'v = "1.30"\n',
  })
  add('tfvars-number', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'terraform.tfvars': 'v = 1.30\n',
  })
  add('tfvars-json', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'terraform.tfvars.json': '{"v": "1.31"}\n',
  })
  add('auto-tfvars-order', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'b.auto.tfvars': 'v = "1.30"\n',
    'a.auto.tfvars': 'v = "1.29"\n',
  })
  add('auto-tfvars-byte-order', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'B.auto.tfvars': 'v = "1.31"\n',
    'a.auto.tfvars': 'v = "1.29"\n',
  })
  add('auto-tfvars-json-after-hcl', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'x.auto.tfvars': 'v = "1.30"\n',
    'x.auto.tfvars.json': '{"v": "1.32"}\n',
  })
  add('tfvars-then-auto', {
    ...main(variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v')),
    'terraform.tfvars': 'v = "1.29"\n',
    'z.auto.tfvars': 'v = "1.33"\n',
  })
  add(
    'var-file',
    {
      ...main(variable('v', { type: 'string' }) + locals('  cluster_version = var.v')),
      'envs/prod.tfvars': 'v = "1.32"\n',
    },
    ['envs/prod.tfvars'],
  )
  add(
    'var-file-json',
    {
      ...main(variable('v', { type: 'string' }) + locals('  cluster_version = var.v')),
      'envs/prod.tfvars.json': '{"v": "1.31"}\n',
    },
    ['envs/prod.tfvars.json'],
  )
  add(
    'var-file-after-auto',
    {
      ...main(
        variable('v', { type: 'string', def: '"1.28"' }) + locals('  cluster_version = var.v'),
      ),
      'a.auto.tfvars': 'v = "1.29"\n',
      'prod.tfvars': 'v = "1.30"\n',
    },
    ['prod.tfvars'],
  )
  add('var-nullable-false', {
    ...main(
      variable('v', { type: 'string', def: '"1.30"', extra: '  nullable = false\n' }) +
        locals('  cluster_version = var.v'),
    ),
    'terraform.tfvars': 'v = null\n',
  })
  add('var-nullable-default', {
    ...main(
      variable('v', { type: 'string', def: '"1.30"' }) +
        locals('  cluster_version = coalesce(var.v, "1.29")'),
    ),
    'terraform.tfvars': 'v = null\n',
  })
  add(
    'var-object-optional-default',
    main(
      variable('cluster', {
        type: 'object({\n    name    = string\n    version = optional(string, "1.31")\n  })',
        def: '{ name = "prod" }',
      }) + locals('  cluster_version = var.cluster.version'),
    ),
  )
  add(
    'var-object-optional-number',
    main(
      variable('cluster', { type: 'object({\n    minor = optional(number, 30)\n  })', def: '{}' }) +
        locals('  cluster_version = "1.${var.cluster.minor}"'),
    ),
  )
  add(
    'var-object-optional-set',
    main(
      variable('cluster', {
        type: 'object({\n    version = optional(string, "1.31")\n  })',
        def: '{ version = "1.29" }',
      }) + locals('  cluster_version = var.cluster.version'),
    ),
  )
  add(
    'var-map-of-objects-optional',
    main(
      variable('clusters', {
        type: 'map(object({\n    version = optional(string, "1.30")\n  }))',
        def: '{ prod = {}, dev = { version = "1.32" } }',
      }) + locals('  cluster_version = var.clusters["prod"].version'),
    ),
  )
  add(
    'var-object-drops-extra',
    main(
      variable('c', {
        type: 'object({ version = string })',
        def: '{ version = "1.30", extra = "x" }',
      }) + locals('  cluster_version = lookup(var.c, "extra", "1.29")'),
    ),
  )
  add(
    'var-number-typed-number',
    main(
      variable('minor', { type: 'number', def: '31' }) +
        locals('  cluster_version = "1.${var.minor}"'),
    ),
  )
  add(
    'var-list-string-numbers',
    main(
      variable('versions', { type: 'list(string)', def: '[1.29, 1.30]' }) +
        locals('  cluster_version = var.versions[1]'),
    ),
  )
  add(
    'var-set-sorted',
    main(
      variable('versions', { type: 'set(string)', def: '["1.31", "1.29", "1.30"]' }) +
        locals('  cluster_version = tolist(var.versions)[0]'),
    ),
  )

  // Locals and arithmetic.
  add(
    'minor-arithmetic',
    main(locals('  minor           = 31\n  cluster_version = "1.${local.minor - 1}"')),
  )
  add(
    'minor-arithmetic-mul',
    main(locals('  minor           = 15\n  cluster_version = "1.${local.minor * 2}"')),
  )
  add(
    'minor-division',
    main(locals('  minor           = 61\n  cluster_version = "1.${local.minor / 2}"')),
  )
  add(
    'minor-floor-division',
    main(locals('  minor           = 61\n  cluster_version = "1.${floor(local.minor / 2)}"')),
  )
  add('minor-modulo', main(locals('  cluster_version = "1.${130 % 100}"')))
  add(
    'chain-of-locals',
    main(
      locals(
        Array.from(
          { length: 40 },
          (_, i) => `  l${i} = ${i === 0 ? '"1.30"' : `local.l${i - 1}`}`,
        ).join('\n') + '\n  cluster_version = local.l39',
      ),
    ),
  )
  add(
    'long-chain-of-locals',
    main(
      locals(
        Array.from(
          { length: 400 },
          (_, i) => `  l${i} = ${i === 0 ? '"1.31"' : `local.l${i - 1}`}`,
        ).join('\n') + '\n  cluster_version = local.l399',
      ),
    ),
  )
  add('float-sum', main(locals('  cluster_version = "1.${0.1 + 0.2}"')))
  add('big-number', main(locals('  cluster_version = "1.${1e21}"')))

  // Functions real configurations use.
  add('format-s', main(locals('  cluster_version = format("%s", "1.30")')))
  add('format-s-number', main(locals('  cluster_version = format("%s", 1.30)')))
  add('format-d', main(locals('  cluster_version = format("1.%d", 30)')))
  add('format-02d', main(locals('  cluster_version = format("1.%02d", 9)')))
  add('format-f', main(locals('  cluster_version = format("%.2f", 1.3)')))
  add('format-f-round', main(locals('  cluster_version = format("%.2f", 1.305)')))
  // Rounding ties: Terraform rounds its 512-bit binary value, half to even when exact.
  for (const [name, args] of [
    ['1.25', '"%.1f", 1.25'],
    ['1.315', '"%.2f", 1.315'],
    ['1.325', '"%.2f", 1.325'],
    ['1.35', '"%.1f", 1.35'],
    ['string-1.45', '"%.1f", "1.45"'],
    ['2.5', '"1.%.0f", 2.5'],
    ['negative', '"%.2f", -1.305'],
    ['arithmetic', '"%.2f", 1.3 + 0.005'],
  ])
    add(`format-f-tie-${name}`, main(locals(`  cluster_version = format(${args})`)))
  add('format-v', main(locals('  cluster_version = format("%v", "1.30")')))
  add('format-q', main(locals('  cluster_version = format("%q", "1.30")')))
  add('format-width', main(locals('  cluster_version = format("%5s", "1.30")')))
  add('format-d-of-float', main(locals('  cluster_version = format("1.%d", 30.5)')))
  add(
    'lookup-map',
    main(
      locals(
        '  versions        = { prod = "1.30", dev = "1.31" }\n  cluster_version = lookup(local.versions, "prod", "1.29")',
      ),
    ),
  )
  add(
    'lookup-default',
    main(
      locals(
        '  versions        = { prod = "1.30" }\n  cluster_version = lookup(local.versions, "stage", "1.29")',
      ),
    ),
  )
  add(
    'lookup-number',
    main(
      locals(
        '  versions        = { prod = 1.30 }\n  cluster_version = lookup(local.versions, "prod", "1.29")',
      ),
    ),
  )
  add('coalesce', main(locals('  cluster_version = coalesce("", "1.31")')))
  add('coalesce-null', main(locals('  cluster_version = coalesce(null, "1.31")')))
  add('coalesce-number', main(locals('  cluster_version = coalesce(null, 1.30)')))
  add(
    'merge-override',
    main(
      locals(
        '  defaults        = { version = "1.29" }\n  overrides       = { version = "1.30" }\n  cluster_version = merge(local.defaults, local.overrides).version',
      ),
    ),
  )
  add(
    'conditional',
    main(
      variable('env', { type: 'string', def: '"prod"' }) +
        locals('  cluster_version = var.env == "prod" ? "1.30" : "1.31"'),
    ),
  )
  add('conditional-number', main(locals('  cluster_version = true ? 1.30 : "1.31"')))
  add('element', main(locals('  cluster_version = element(["1.29", "1.30"], 1)')))
  add('element-wrap', main(locals('  cluster_version = element(["1.29", "1.30"], 3)')))
  add('element-fractional', main(locals('  cluster_version = element(["1.29", "1.30"], 1.5)')))
  add('index-fractional', main(locals('  cluster_version = ["1.29", "1.30"][1.5]')))
  add(
    'try-missing-key',
    main(locals('  m               = { a = "1.30" }\n  cluster_version = try(local.m.b, "1.29")')),
  )
  add(
    'try-count-zero-data',
    main(locals('  items           = []\n  cluster_version = try(local.items[0].version, "1.31")')),
  )
  add(
    'split-join',
    main(locals('  cluster_version = join(".", slice(split(".", "1.30.2"), 0, 2))')),
  )
  add('regex', main(locals('  cluster_version = regex("^(\\\\d+\\\\.\\\\d+)", "1.30.2-eks")[0]')))
  add(
    'regex-named',
    main(locals('  cluster_version = regex("^(?P<v>\\\\d+\\\\.\\\\d+)", "1.31.0")["v"]')),
  )
  add(
    'regexall',
    main(locals('  cluster_version = regexall("\\\\d+\\\\.\\\\d+", "k8s 1.29 and 1.30")[1]')),
  )
  add('replace-regex', main(locals('  cluster_version = replace("1.30.2", "/\\\\.\\\\d+$/", "")')))
  add('replace-plain', main(locals('  cluster_version = replace("1_30", "_", ".")')))
  add('trimprefix', main(locals('  cluster_version = trimprefix("v1.30", "v")')))
  add('substr', main(locals('  cluster_version = substr("1.30.4", 0, 4)')))
  add('tostring-number', main(locals('  cluster_version = tostring(1.30)')))
  add('tonumber-roundtrip', main(locals('  cluster_version = "1.${tonumber("30")}"')))
  add('max', main(locals('  cluster_version = "1.${max(29, 31, 30)}"')))
  add(
    'for-map-values-sorted',
    main(
      locals(
        '  m               = { b = "1.30", a = "1.29" }\n  cluster_version = [for k, v in local.m : v][0]',
      ),
    ),
  )
  add(
    'for-keys-sorted',
    main(
      locals(
        '  m               = { zeta = 1, alpha = 2 }\n  cluster_version = [for k, v in local.m : k][0] == "alpha" ? "1.30" : "1.29"',
      ),
    ),
  )
  add(
    'values-sorted',
    main(
      locals(
        '  m               = { b = "1.31", a = "1.30" }\n  cluster_version = values(local.m)[0]',
      ),
    ),
  )
  add(
    'toset-sorted',
    main(locals('  cluster_version = tolist(toset(["1.31", "1.29", "1.30"]))[0]')),
  )
  add('sort', main(locals('  cluster_version = sort(["1.31", "1.29"])[0]')))
  add('heredoc', main(locals('  cluster_version = trimspace(<<EOT\n1.30\nEOT\n  )')))
  add('heredoc-newline', main(locals('  cluster_version = <<EOT\n1.30\nEOT')))
  add('escape-sequence', main(locals('  cluster_version = "1\\u002e30"')))
  add('escape-dollar', main(locals('  cluster_version = "$${1.30}"')))
  add('one', main(locals('  cluster_version = one(["1.31"])')))
  add('concat-index', main(locals('  cluster_version = concat(["1.29"], ["1.30"])[1]')))
  add('jsondecode', main(locals('  cluster_version = jsondecode("{\\"v\\": \\"1.30\\"}").v')))
  add(
    'nested-map-lookup',
    main(
      locals(
        '  envs            = { prod = { eks = { version = "1.30" } } }\n  cluster_version = local.envs.prod.eks.version',
      ),
    ),
  )
  add(
    'for-each-style-map',
    main(
      locals(
        '  clusters        = { prod = { version = "1.30" }, dev = { version = "1.31" } }\n  cluster_version = [for name, c in local.clusters : c.version if name == "dev"][0]',
      ),
    ),
  )
  add(
    'splat',
    main(locals('  groups          = [{ v = "1.30" }]\n  cluster_version = local.groups[*].v[0]')),
  )
  add('string-compare-number', main(locals('  cluster_version = "1" == 1 ? "1.30" : "1.29"')))
  // JSON configuration (.tf.json): strings are templates, except variable defaults.
  const json = (value) => ({ 'main.tf.json': JSON.stringify(value, null, 2) })
  add('json-literal', json({ locals: { cluster_version: '1.31' } }))
  add('json-number', json({ locals: { cluster_version: 1.3 } }))
  add(
    'json-template',
    json({
      variable: { minor: { type: 'number', default: 30 } },
      locals: { cluster_version: '1.${var.minor}' },
    }),
  )
  add(
    'json-default-is-literal',
    json({
      variable: { v: { default: '1.${29}' } },
      locals: { cluster_version: '${var.v}' },
    }),
  )
  add(
    'json-map-lookup',
    json({
      variable: { envs: { type: 'map(string)', default: { prod: '1.29', dev: '1.31' } } },
      locals: [{ env: 'dev' }, { cluster_version: '${var.envs[local.env]}' }],
    }),
  )
  add('json-escapes', json({ locals: { cluster_version: '$${x}' } }))
  add('json-with-tfvars', {
    'main.tf.json': JSON.stringify({
      variable: { cluster_version: { type: 'string' } },
      locals: { cluster_version: '${var.cluster_version}' },
    }),
    'terraform.tfvars.json': '{"cluster_version": 1.30}',
  })
  // A template that is one interpolation is that value, not its string (legacy 0.11 style).
  add(
    'interpolation-only-list',
    main(locals('  l               = ["1.30"]\n  cluster_version = one("${local.l}")')),
  )
  add(
    'interpolation-only-number',
    main(locals('  n               = 1.30\n  cluster_version = "${local.n}"')),
  )
  // Splats: `[*]` carries every later step, `.*` only the attribute steps.
  const nested = '  nested          = [{ vs = ["1.28", "1.27"] }, { vs = ["1.26"] }]\n'
  add(
    'splat-full-then-index',
    main(locals(`${nested}  cluster_version = local.nested[*].vs[0][1]`)),
  )
  add('splat-attr-then-index', main(locals(`${nested}  cluster_version = local.nested.*.vs[0][1]`)))
  add(
    'splat-attr-first',
    main(
      locals(
        '  groups          = [{ v = "1.30" }, { v = "1.31" }]\n  cluster_version = local.groups.*.v[1]',
      ),
    ),
  )
  add(
    'splat-of-object',
    main(locals('  one             = { v = "1.29" }\n  cluster_version = local.one[*].v[0]')),
  )
  add(
    'splat-of-null',
    main(
      locals(
        '  none            = null\n  cluster_version = length(local.none[*]) == 0 ? "1.30" : "1.29"',
      ),
    ),
  )
  add('splat-out-of-range', main(locals(`${nested}  cluster_version = local.nested[*].vs[1][0]`)))
  return cases
}

/** Seeded random compositions of the expression forms above. */
function generated(count, seed) {
  const rand = random(seed)
  const pick = (items) => items[Math.floor(rand() * items.length)]
  const minor = () => 23 + Math.floor(rand() * 14)
  const leaves = [
    () => `"1.${minor()}"`,
    () => `1.${minor()}`,
    () => `${minor()}`,
    () => `"${minor()}"`,
    () => `var.minor`,
    () => `var.wanted`,
    () => `local.base`,
    () => `local.m.prod`,
    () => `${minor()}.0`,
    () => `"1.${minor()}.${Math.floor(rand() * 5)}"`,
  ]
  const expr = (depth) => {
    if (depth <= 0 || rand() < 0.25) return pick(leaves)()
    const a = () => expr(depth - 1)
    return pick([
      () => `"1.\${${a()}}"`,
      () => `"\${${a()}}"`,
      () => `format("%s", ${a()})`,
      () => `format("1.%d", ${a()})`,
      () => `format("%v", ${a()})`,
      () => `tostring(${a()})`,
      () => `tonumber(${a()})`,
      () => `coalesce(${pick(['null', '""'])}, ${a()})`,
      () => `lookup({ prod = ${a()} }, "prod", ${a()})`,
      () => `lookup({ prod = ${a()} }, "dev", ${a()})`,
      () => `merge({ v = ${a()} }, { v = ${a()} }).v`,
      () => `${pick(['true', 'false', 'var.flag'])} ? ${a()} : ${a()}`,
      () => `element([${a()}, ${a()}], ${Math.floor(rand() * 3)})`,
      () => `[${a()}, ${a()}][${Math.floor(rand() * 2)}]`,
      () => `try(local.missing, ${a()})`,
      () => `try(${a()}, "1.20")`,
      () => `${a()} - ${Math.floor(rand() * 3)}`,
      () => `${a()} + ${Math.floor(rand() * 3)}`,
      () => `max(${a()}, ${a()})`,
      () => `trimprefix(${a()}, "1.")`,
      () => `replace(${a()}, ".", "_")`,
      () => `join(".", [${a()}, ${a()}])`,
      () => `split(".", ${a()})[0]`,
      () => `one([${a()}])`,
      () => `[for v in [${a()}, ${a()}] : v][1]`,
      () => `values({ b = ${a()}, a = ${a()} })[0]`,
      () => `keys({ b = 1, a = 2 })[0] == "a" ? ${a()} : ${a()}`,
      () => `floor(${a()})`,
      () => `substr(${a()}, 0, 4)`,
    ])()
  }
  const cases = []
  for (let i = 0; i < count; i++) {
    const body = expr(1 + Math.floor(rand() * 3))
    const minorDefault = pick(['31', '"31"', '1.31', '"1.31"'])
    const versionType = pick(['string', 'number', 'any', null])
    const files = {
      'main.tf':
        variable('minor', { def: minorDefault }) +
        variable('wanted', {
          ...(versionType && { type: versionType }),
          def: pick(['"1.30"', '1.30', '30']),
        }) +
        variable('flag', { type: 'bool', def: pick(['true', 'false', '"true"']) }) +
        locals(
          `  base            = ${pick(['"1.29"', '1.29', '29'])}\n  m               = { prod = ${pick(['"1.32"', '1.32', '32'])} }\n  cluster_version = ${body}`,
        ),
    }
    if (rand() < 0.3) files['terraform.tfvars'] = `minor = ${pick(['30', '"30"', '1.30'])}\n`
    cases.push({ name: `generated-${String(i).padStart(3, '0')}`, files })
  }
  return cases
}

export function corpus() {
  return [...realistic(), ...generated(240, 20261201)]
}
