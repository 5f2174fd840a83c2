import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import schema from '../schema/config.schema.json' with { type: 'json' }
import { RULES } from '../src/rules/index.js'
import { REPO_ROOT } from './helpers/fixtures.js'
import { ConfigError, DEFAULT_CONFIG, resolveConfig } from '../src/config/gate-config.js'
import { validateSettings } from '../src/config/settings.js'
import { configValidators } from '../src/config/validators.js'
import { configChanges } from '../src/config/changes.js'

const file = (text: string) => ({ path: '.github/eks-upgrade-gate.yml', text })

describe('configuration', () => {
  it('no settings at all are what the schema accepts, so validateSettings may skip its validators for them', () => {
    const validators = configValidators()
    expect(validators.inputs({})).toBe(true)
    expect(validators.file({})).toBe(true)
    expect(validateSettings({ 'fail-on': undefined }, { kind: 'cli' })).toEqual({})
  })

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
      failOnEmpty: false,
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
    const inputs = validateSettings(
      { 'fail-on': 'never', 'fail-on-existing': 'false' },
      { kind: 'action' },
    )
    expect(resolveConfig(inputs, file(text))).toMatchObject({
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
      { 'fail-on': 'fatal' },
      'the fail-on input must be one of error, warning, notice, never (got "fatal")',
      '--fail-on must be one of error, warning, notice, never (got "fatal")',
    ],
    [
      { 'fail-on-existing': 'yes' },
      'the fail-on-existing input must be true or false (got "yes")',
      '--fail-on-existing must be true or false (got "yes")',
    ],
    [
      { 'evaluation-date': '2026-13-45' },
      'the evaluation-date input must be a date like 2026-11-21 (got "2026-13-45")',
      '--evaluation-date must be a date like 2026-11-21 (got "2026-13-45")',
    ],
    [
      { 'target-version': 'latest' },
      'the target-version input must be a Kubernetes version like 1.33 (got "latest")',
      '--target-version must be a Kubernetes version like 1.33 (got "latest")',
    ],
  ])('refuses %j the same way from an input and a flag', (raw, inAction, inCli) => {
    expect(() => validateSettings(raw, { kind: 'action' })).toThrow(new ConfigError(inAction))
    expect(() => validateSettings(raw, { kind: 'cli' })).toThrow(new ConfigError(inCli))
  })

  it.each([
    [
      'evaluation-date: 2026-11-21',
      '.github/eks-upgrade-gate.yml: unknown setting "evaluation-date"; allowed: ',
    ],
    [
      'target-version: 1.30',
      '"target-version" in .github/eks-upgrade-gate.yml must be quoted ("1.3" reads as the number 1.3)',
    ],
    [
      'ignore:\n  - rule: node-group-skew\n    expires: 2027-02-30\n    reason: later',
      '"ignore" in .github/eks-upgrade-gate.yml, entry 1: expires must be a date like 2027-01-31 (got "2027-02-30")',
    ],
    [
      'ignore:\n  - rule: node-group-skew',
      '"ignore" in .github/eks-upgrade-gate.yml, entry 1: a reason is required',
    ],
    [
      'assign:\n  - paths: apps/**',
      '"assign" in .github/eks-upgrade-gate.yml, entry 1 needs paths (a glob) and cluster',
    ],
    [
      'fail-on: 3',
      '"fail-on" in .github/eks-upgrade-gate.yml must be one of error, warning, notice, never (got "3")',
    ],
    [
      'failOn: error',
      '.github/eks-upgrade-gate.yml: unknown setting "failOn"; allowed: fail-on, fail-on-existing, fail-on-empty, include, exclude, rules, var-files, plan-json, hidden-directories, target-version, knowledge-file, live-cluster, assign, ignore',
    ],
    [
      'rules:\n  no-such-rule: error',
      '"rules" in .github/eks-upgrade-gate.yml: unknown rule "no-such-rule"; rules are: ',
    ],
    [
      'rules:\n  node-group-skew: fatal',
      'rule "node-group-skew" must be set to error, warning, notice, off (got "fatal")',
    ],
    ['exclude: [1]', '"exclude" in .github/eks-upgrade-gate.yml must be a glob or a list of globs'],
    ['- a\n- b', 'must be a mapping of settings'],
    ['fail-on: [unclosed', 'is not valid YAML'],
  ])('rejects the file %j with a clear message', (text, message) => {
    const run = () => resolveConfig({}, file(text))
    expect(run).toThrow(ConfigError)
    expect(run).toThrow(message)
  })
})

describe('the README and the schema', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')

  it("the README's configuration example is a valid file", () => {
    const example = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme)![1]!
    const config = resolveConfig({}, file(example))
    expect(config).toMatchObject({ failOn: 'error', targetVersion: '1.33' })
    expect(config.ignore).toHaveLength(1)
  })

  it('the schema knows exactly the rules the gate has', () => {
    expect([...schema.definitions.ruleId.enum].sort()).toEqual(
      RULES.map((rule) => rule.meta.id).sort(),
    )
  })
})

describe('what a configuration change does', () => {
  const file = (text: string) => resolveConfig({}, { path: 'c.yml', text })
  const changes = (before: string, after: string) =>
    configChanges(file(before), file(after), { added: false, deleted: false })

  it('names each setting that moves the bar, as the file spells it', () => {
    expect(
      changes(
        'fail-on: error\nexclude: [legacy/**]\n',
        'fail-on: never\nexclude: ["**"]\nrules:\n  node-group-skew: off\n',
      ),
    ).toEqual([
      'fail-on: error → never',
      'exclude: + **, − legacy/**',
      'rules.node-group-skew: default → off',
    ])
  })

  it('an ignore entry that only moved to another line is no change; a new one is', () => {
    const entry = '  - rule: node-group-skew\n    reason: retiring\n'
    expect(changes(`ignore:\n${entry}`, `# moved down\nignore:\n${entry}`)).toEqual([])
    expect(changes('{}', `ignore:\n${entry}`)).toEqual([
      'ignore: + {"rule":"node-group-skew","reason":"retiring"}',
    ])
  })

  it('a file that no longer parses says so instead of listing settings', () => {
    expect(
      configChanges(file('{}'), 'c.yml is not valid YAML', { added: false, deleted: false }),
    ).toEqual(['the new file is invalid: c.yml is not valid YAML'])
  })
})
