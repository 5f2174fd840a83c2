import * as core from '@actions/core'
import path from 'node:path'
import type { ConfigOverrides } from '../config/schema.js'
import { ConfigError } from '../config/schema.js'
import type { CommentMode } from '../github/comment.js'

export interface ActionInputs {
  /** Absolute directory to scan. */
  readonly root: string
  /** Repository root (GITHUB_WORKSPACE); reports name files relative to it. */
  readonly workspace: string
  /** undefined: use the default file when it exists. */
  readonly configFile?: string
  readonly overrides: ConfigOverrides
  /** An explicit base; otherwise the event's base commit is used. */
  readonly baseRef?: string
  /** YYYY-MM-DD to judge support dates on; today when unset. */
  readonly evaluationDate?: string
  /** Token for comments, review comments and check runs; empty to post nothing. */
  readonly token: string
  readonly comment: CommentMode
  readonly reviewComments: boolean
  /** Where to write SARIF 2.1.0, absolute. */
  readonly sarifFile?: string
  /** Publish a report made by an earlier run instead of checking (the fork workflow_run pattern). */
  readonly fromReport?: string
  /** A kubeconfig path, or its content (from a secret), to read the live cluster. */
  readonly kubeconfig?: string
  readonly kubeContext?: string
  readonly awsRegion?: string
  readonly awsEndpoint?: string
}

/** `core.getInput` returns "" for unset inputs; "not set" must differ from "false". */
function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/** A list input: one entry per line or comma-separated, blanks ignored. */
function list(name: string): string[] {
  return (optional(name) ?? '')
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
}

/** Reads and checks every input once; nothing else in the action calls core.getInput. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  const root = path.resolve(workspace, optional('path') ?? '.')
  if (root !== workspace && !root.startsWith(workspace + path.sep)) {
    throw new ConfigError(
      `the path input "${optional('path')}" is outside the workspace ${workspace}`,
    )
  }
  const configFile = optional('config-file')
  const failOn = optional('fail-on')
  const failOnExisting = optional('fail-on-existing')
  const baseRef = optional('base-ref')
  const evaluationDate = optional('evaluation-date')
  if (evaluationDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(evaluationDate.trim())) {
    throw new ConfigError(
      `the evaluation-date input must be a date like 2026-11-21 (got "${evaluationDate}")`,
    )
  }
  const varFiles = list('var-files')
  const planJson = list('plan-json')
  const knowledgeFiles = list('knowledge-file')
  const targetVersion = optional('target-version')
  const comment = (optional('comment') ?? 'update').trim().toLowerCase()
  if (comment !== 'update' && comment !== 'new' && comment !== 'off') {
    throw new ConfigError(
      `the comment input must be update, new or off (got "${optional('comment')}")`,
    )
  }
  const reviewComments = (optional('review-comments') ?? 'false').trim().toLowerCase()
  if (reviewComments !== 'true' && reviewComments !== 'false') {
    throw new ConfigError(
      `the review-comments input must be true or false (got "${optional('review-comments')}")`,
    )
  }
  const sarifFile = optional('sarif-file')
  const fromReport = optional('from-report')
  const kubeconfig = optional('kubeconfig')
  const kubeContext = optional('kube-context')
  const liveCluster = optional('live-cluster')
  const awsRegion = optional('aws-region')
  const awsEndpoint = optional('aws-endpoint')
  return {
    root,
    workspace,
    ...(configFile !== undefined && { configFile: path.resolve(workspace, configFile) }),
    overrides: {
      origin: 'action',
      ...(failOn !== undefined && { failOn }),
      ...(failOnExisting !== undefined && { failOnExisting }),
      ...(varFiles.length > 0 && { varFiles }),
      ...(planJson.length > 0 && { planJson }),
      ...(knowledgeFiles.length > 0 && { knowledgeFiles }),
      ...(targetVersion !== undefined && { targetVersion }),
      ...(liveCluster !== undefined && { liveCluster }),
    },
    ...(baseRef !== undefined && { baseRef }),
    ...(evaluationDate !== undefined && { evaluationDate: evaluationDate.trim() }),
    token: optional('github-token') ?? '',
    comment,
    reviewComments: reviewComments === 'true',
    ...(sarifFile !== undefined && { sarifFile: path.resolve(workspace, sarifFile) }),
    ...(fromReport !== undefined && { fromReport: path.resolve(workspace, fromReport) }),
    ...(kubeconfig !== undefined && { kubeconfig }),
    ...(kubeContext !== undefined && { kubeContext }),
    ...(awsRegion !== undefined && { awsRegion }),
    ...(awsEndpoint !== undefined && { awsEndpoint }),
  }
}
