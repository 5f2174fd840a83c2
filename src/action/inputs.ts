import * as core from '@actions/core'
import path from 'node:path'
import { ConfigError, validateSettings, type Settings } from '../config/settings.js'
import type { ConfigSide } from '../config/gate-config.js'
import type { Scope } from '../scope.js'
import type { CommentMode } from '../github/comment.js'

export interface ActionInputs {
  /** Absolute directory to scan. */
  readonly root: string
  /** Repository root (GITHUB_WORKSPACE); reports name files relative to it. */
  readonly workspace: string
  /** undefined: use the default file when it exists. */
  readonly configFile?: string
  /** `config-file: OWNER/REPO/PATH@REF`: the configuration lives in another repository. */
  readonly externalConfig?: ExternalConfigFile
  /** Reads the external configuration's repository; the github-token when unset. */
  readonly externalRepoToken?: string
  /** base: the configuration file comes from the base commit, so the PR cannot lower its bar. */
  readonly configSource: ConfigSide
  /** affected: only what the pull request reaches; all: the whole tree. */
  readonly scope: Scope
  readonly overrides: Settings
  /** An explicit base; otherwise the event's base commit is used. */
  readonly baseRef?: string
  /** YYYY-MM-DD to judge support dates on; today when unset. */
  readonly evaluationDate?: string
  /** Token for comments, review comments and check runs; empty to post nothing. */
  readonly token: string
  readonly comment: CommentMode
  /** Which sticky comment is this gate's: several gates in one pull request keep several. */
  readonly commentKey: string
  readonly reviewComments: boolean
  /** Where to write SARIF 2.1.0, absolute. */
  readonly sarifFile?: string
  /** Publish a report made by an earlier run instead of checking (the fork workflow_run pattern). */
  readonly fromReport?: string
  /** A kubeconfig path, or its content (from a secret), to read the live cluster. */
  readonly kubeconfig?: string
  readonly kubeContext?: string
  /** Let the kubeconfig's user run its credential command (exec, auth-provider). */
  readonly kubeconfigExec: boolean
  readonly awsRegion?: string
  readonly awsEndpoint?: string
}

export interface ExternalConfigFile {
  readonly owner: string
  readonly repo: string
  readonly path: string
  readonly ref: string
}

// As dependency-review-action spells a configuration file in another repository.
const EXTERNAL_CONFIG = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/([^@]+)@(.+)$/

/** Inputs that are settings (validated by the schema's `definitions.inputs`), taken as text. */
const SETTING_INPUTS = [
  'fail-on',
  'fail-on-existing',
  'fail-on-empty',
  'target-version',
  'live-cluster',
  'evaluation-date',
  'comment',
  'review-comments',
] as const
/** Settings given as lists: one entry per line or comma-separated. */
const LIST_INPUTS = ['var-files', 'plan-json', 'knowledge-file'] as const
const OTHER_INPUTS = [
  'path',
  'config-file',
  'config-source',
  'scope',
  'external-repo-token',
  'base-ref',
  'github-token',
  'comment-key',
  'sarif-file',
  'from-report',
  'kubeconfig',
  'kube-context',
  'kubeconfig-exec',
  'aws-region',
  'aws-endpoint',
] as const

/** Every input the action reads; action.yml declares exactly these (a project test holds them equal). */
export const INPUT_NAMES = [...SETTING_INPUTS, ...LIST_INPUTS, ...OTHER_INPUTS]
type InputName = (typeof INPUT_NAMES)[number]

/** `core.getInput` returns "" for unset inputs; "not set" must differ from "false". */
function optional(name: InputName): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/** A list input: one entry per line or comma-separated, blanks ignored. */
function list(name: InputName): string[] {
  return (optional(name) ?? '')
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** Reads every input once and validates the settings among them with the config schema. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  const root = path.resolve(workspace, optional('path') ?? '.')
  if (root !== workspace && !root.startsWith(workspace + path.sep)) {
    throw new ConfigError(
      `the path input "${optional('path')}" is outside the workspace ${workspace}`,
    )
  }
  const lists = Object.fromEntries(
    LIST_INPUTS.flatMap((name) => {
      const entries = list(name)
      return entries.length > 0 ? [[name, entries]] : []
    }),
  )
  const texts = Object.fromEntries(
    SETTING_INPUTS.flatMap((name) => {
      const value = optional(name)
      return value === undefined ? [] : [[name, value]]
    }),
  )
  const settings = validateSettings({ ...texts, ...lists }, { kind: 'action' })
  const { evaluationDate, comment, reviewComments, ...overrides } = settings
  const configFile = optional('config-file')
  const external = configFile === undefined ? null : EXTERNAL_CONFIG.exec(configFile)
  const configSource = optional('config-source') ?? 'head'
  const scope = optional('scope') ?? 'affected'
  if (scope !== 'affected' && scope !== 'all')
    throw new ConfigError(`scope must be affected or all (got "${scope}")`)
  if (configSource !== 'head' && configSource !== 'base')
    throw new ConfigError(`config-source must be head or base (got "${configSource}")`)
  const baseRef = optional('base-ref')
  const sarifFile = optional('sarif-file')
  const fromReport = optional('from-report')
  const kubeconfig = optional('kubeconfig')
  const kubeContext = optional('kube-context')
  const awsRegion = optional('aws-region')
  const awsEndpoint = optional('aws-endpoint')
  return {
    root,
    workspace,
    ...(external
      ? {
          externalConfig: {
            owner: external[1]!,
            repo: external[2]!,
            path: external[3]!,
            ref: external[4]!,
          },
        }
      : configFile !== undefined && { configFile: path.resolve(workspace, configFile) }),
    ...(optional('external-repo-token') !== undefined && {
      externalRepoToken: optional('external-repo-token')!,
    }),
    configSource,
    scope,
    overrides,
    ...(baseRef !== undefined && { baseRef }),
    ...(evaluationDate !== undefined && { evaluationDate }),
    token: optional('github-token') ?? '',
    comment: comment ?? 'update',
    // The job and the path tell gates apart, as a matrix over paths makes them.
    commentKey: optional('comment-key') ?? `${env.GITHUB_JOB ?? 'gate'}:${optional('path') ?? '.'}`,
    reviewComments: reviewComments ?? false,
    ...(sarifFile !== undefined && { sarifFile: path.resolve(workspace, sarifFile) }),
    ...(fromReport !== undefined && { fromReport: path.resolve(workspace, fromReport) }),
    ...(kubeconfig !== undefined && { kubeconfig }),
    ...(kubeContext !== undefined && { kubeContext }),
    kubeconfigExec: optional('kubeconfig-exec') === 'true',
    ...(awsRegion !== undefined && { awsRegion }),
    ...(awsEndpoint !== undefined && { awsEndpoint }),
  }
}
