import { describe, expect, it } from 'vitest'
import { clusterHints } from '../../src/readers/assign.js'

describe('clusterHints: where a file names the cluster it serves', () => {
  it.each([
    ['karpenter.sh/discovery: prod', 'prod'],
    ['settings:\n  clusterName: "prod"', 'prod'],
    ['autoDiscovery:\n  clusterName: prod', 'prod'],
    ['args: ["--cluster-name=prod"]', 'prod'],
    [
      '--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/prod',
      'prod',
    ],
    ['role: KarpenterNodeRole-prod', 'prod'],
    ['kubernetes.io/cluster/prod: owned', 'prod'],
    ['karpenter.sh/discovery: ${EKS_CLUSTER_NAME}', '$EKS_CLUSTER_NAME'],
    ['spec:\n  destination:\n    namespace: kube-system\n    name: prod\n', 'prod'],
  ])('%s → %s', (text, name) => {
    expect([...clusterHints(text)]).toEqual([name])
  })

  it('reads a hostile file in linear time (300 KB of destination: lines)', () => {
    const started = performance.now()
    expect([...clusterHints('  destination:\n'.repeat(20_000))]).toEqual([])
    // Quadratic matching took about 7 s here; linear takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('finds nothing in a file that names no cluster', () => {
    expect([
      ...clusterHints('apiVersion: v1\nkind: ConfigMap\ndata:\n  enabled: "true"\n'),
    ]).toEqual([])
  })
})
