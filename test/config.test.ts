import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_CONFIG, resolveConfig } from '../src/config/schema.js'

const file = (text: string) => ({ path: '.github/eks-upgrade-gate.yml', text })

describe('configuration', () => {
  it('defaults to failing on new errors only', () => {
    expect(resolveConfig({})).toEqual(DEFAULT_CONFIG)
    expect(DEFAULT_CONFIG).toMatchObject({ failOn: 'error', failOnExisting: false })
  })

  it('reads the config file and lets inputs override it', () => {
    const text =
      'fail-on: warning\nfail-on-existing: true\nexclude: ["**/testdata/**"]\nrules:\n  node-group-skew: warning\n  unresolved-value: off\n'
    expect(resolveConfig({}, file(text))).toEqual({
      failOn: 'warning',
      failOnExisting: true,
      include: [],
      exclude: ['**/testdata/**'],
      rules: { 'node-group-skew': 'warning', 'unresolved-value': 'off' },
      varFiles: [],
      planJson: [],
      hiddenDirectories: [],
      ignore: [],
      knowledgeFiles: [],
      assign: [],
    })
    expect(resolveConfig({ failOn: 'never', failOnExisting: 'false' }, file(text))).toMatchObject({
      failOn: 'never',
      failOnExisting: false,
    })
  })

  it('takes var-files from the file unless the input sets them', () => {
    const text = 'var-files:\n  - envs/prod/prod.tfvars\n  - infra=tfvars/dev.tfvars\n'
    expect(resolveConfig({}, file(text)).varFiles).toEqual([
      'envs/prod/prod.tfvars',
      'infra=tfvars/dev.tfvars',
    ])
    expect(resolveConfig({ varFiles: ['x.tfvars'] }, file(text)).varFiles).toEqual(['x.tfvars'])
  })

  it('accepts an empty file', () => {
    expect(resolveConfig({}, file(''))).toEqual(DEFAULT_CONFIG)
  })

  it.each([
    [
      { failOn: 'fatal' },
      undefined,
      'the fail-on input must be one of error, warning, notice, never (got "fatal")',
    ],
    [
      { failOnExisting: 'yes' },
      undefined,
      'the fail-on-existing input must be true or false (got "yes")',
    ],
    [
      {},
      'fail-on: 3',
      '"fail-on" in .github/eks-upgrade-gate.yml must be one of error, warning, notice, never (got "3")',
    ],
    [
      {},
      'failOn: error',
      '.github/eks-upgrade-gate.yml: unknown setting "failOn"; allowed: fail-on, fail-on-existing, include, exclude, rules, var-files, plan-json, hidden-directories, ignore, target-version, knowledge-file, assign, live-cluster',
    ],
    [
      {},
      'rules:\n  no-such-rule: error',
      '"rules" in .github/eks-upgrade-gate.yml: unknown rule "no-such-rule"; rules are: ',
    ],
    [
      {},
      'rules:\n  node-group-skew: fatal',
      'rule "node-group-skew" must be set to error, warning, notice, off (got "fatal")',
    ],
    [
      {},
      'exclude: [1]',
      '"exclude" in .github/eks-upgrade-gate.yml must be a glob or a list of globs',
    ],
    [{}, '- a\n- b', 'must be a mapping of settings'],
    [{}, 'fail-on: [unclosed', 'is not valid YAML'],
  ])('rejects %j / %j with a clear message', (overrides, text, message) => {
    const run = () => resolveConfig(overrides, text === undefined ? undefined : file(text))
    expect(run).toThrow(ConfigError)
    expect(run).toThrow(message)
  })
})
