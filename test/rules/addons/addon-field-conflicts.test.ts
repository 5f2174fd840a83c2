import { resolved, unspecified } from '../../../src/model/declared.js'
import type { Addon, Cluster } from '../../../src/model/inventory.js'
import { sourceRef } from '../../../src/model/source.js'
import { addonFieldConflicts as rule } from '../../../src/rules/addons/addon-field-conflicts.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const at = (line: number) => sourceRef('c.tf', line, 3)
// An add-on as the Terraform reader builds it: a written policy, or EKS's default.
const addon = (name: string, version: string, policy?: string): Addon => {
  const conflict =
    policy === undefined
      ? unspecified(at(10), "resolve_conflicts_on_create is not set: EKS's default, NONE", 'NONE')
      : resolved(policy, at(11))
  return {
    name,
    at: at(10),
    version: resolved(version, at(12)),
    resolveConflicts: { onCreate: conflict, onUpdate: conflict },
  }
}
const cluster = (addons: Addon[], apis: Cluster['apis'] = []): Cluster => ({
  ...clusterOf({ version: '1.32' }),
  addons,
  apis,
})
const corednsConfig = [
  { apiVersion: 'v1', kind: 'ConfigMap', name: 'coredns', at: sourceRef('k8s/coredns.yaml', 1) },
]

testRule(rule, {
  valid: [
    {
      name: 'a new cluster with its add-ons (nothing self-managed yet)',
      context: contextOf(cluster([addon('kube-proxy', 'v1.32.0-eksbuild.2')])),
    },
    {
      name: 'adopted with OVERWRITE and nothing customised',
      context: contextOf(
        cluster([addon('kube-proxy', 'v1.32.0-eksbuild.2', 'OVERWRITE')]),
        cluster([]),
      ),
    },
    {
      name: 'an add-on EKS does not install self-managed',
      context: contextOf(cluster([addon('aws-ebs-csi-driver', 'v1.40.0-eksbuild.1')]), cluster([])),
    },
    {
      name: 'customised, but the add-on is neither created nor updated',
      context: contextOf(
        cluster([addon('coredns', 'v1.11.4-eksbuild.2', 'OVERWRITE')], corednsConfig),
        cluster([addon('coredns', 'v1.11.4-eksbuild.2', 'OVERWRITE')], corednsConfig),
      ),
    },
  ],
  invalid: [
    {
      name: 'adopted on an existing cluster with EKS’s default NONE, at the add-on',
      context: contextOf(cluster([addon('kube-proxy', 'v1.32.0-eksbuild.2')]), cluster([])),
      findings: [
        {
          at: { file: 'c.tf', line: 10 },
          subject: 'addon:kube-proxy',
          message: ["EKS's default, NONE", 'the create fails', 'OVERWRITE'],
        },
      ],
    },
    {
      name: 'an update with OVERWRITE over a customised ConfigMap, at the manifest',
      context: contextOf(
        cluster([addon('coredns', 'v1.11.4-eksbuild.9', 'OVERWRITE')], corednsConfig),
        cluster([addon('coredns', 'v1.11.4-eksbuild.2', 'OVERWRITE')], corednsConfig),
      ),
      findings: [
        {
          at: { file: 'k8s/coredns.yaml', line: 1 },
          subject: 'addon:coredns:ConfigMap/coredns',
          message: [
            'ConfigMap coredns is customised here',
            'is updated with OVERWRITE',
            'reverted',
          ],
        },
      ],
    },
  ],
})
