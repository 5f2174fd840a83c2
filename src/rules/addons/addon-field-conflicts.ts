import type { Addon, ApiUsage, Cluster } from '../../model/inventory.js'
import { findAddon } from '../helpers.js'
import { defineRule, type RuleReport } from '../types.js'

// The add-ons EKS installs self-managed on a new cluster, and the objects each owns.
const SELF_MANAGED: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  'kube-proxy': [
    ['DaemonSet', 'kube-proxy'],
    ['ConfigMap', 'kube-proxy'],
    ['ConfigMap', 'kube-proxy-config'],
  ],
  coredns: [
    ['Deployment', 'coredns'],
    ['ConfigMap', 'coredns'],
  ],
  'vpc-cni': [
    ['DaemonSet', 'aws-node'],
    ['ConfigMap', 'amazon-vpc-cni'],
  ],
}

const mode = (addon: Addon, step: 'onCreate' | 'onUpdate') =>
  addon.resolveConflicts?.[step].value?.toUpperCase() ?? null

/** The manifests of the cluster that edit objects the add-on manages. */
function customisations(cluster: Cluster, name: string): ApiUsage[] {
  const objects = SELF_MANAGED[name] ?? []
  return (cluster.apis ?? []).filter((api) =>
    objects.some(([kind, object]) => api.kind === kind && api.name === object),
  )
}

export const addonFieldConflicts = defineRule({
  meta: {
    id: 'addon-field-conflicts',
    family: 'addons',
    severity: 'warning',
    title:
      'An EKS add-on is created over the self-managed one without a conflict policy, or its OVERWRITE reverts customised fields',
  },
  check({ clusters }) {
    return clusters.flatMap(({ head, base }) => {
      if (!base) return []
      return head.addons.flatMap((addon): RuleReport[] => {
        if (!(addon.name in SELF_MANAGED) || !addon.resolveConflicts) return []
        const before = findAddon(base, addon.name)
        const adopted = !before
        const updated =
          before !== undefined &&
          addon.version.status === 'resolved' &&
          before.version.value !== addon.version.value
        const step = adopted ? 'onCreate' : 'onUpdate'
        const policy = addon.resolveConflicts[step]
        if (adopted && mode(addon, 'onCreate') === 'NONE')
          return [
            {
              message: `This change makes ${addon.name} an EKS add-on of the existing cluster ${head.name}, over the self-managed ${addon.name} EKS installed with it; with no conflict policy on create (${policy.status === 'unspecified' ? policy.note : `set to ${policy.value}`}) EKS refuses the fields kubectl-client-side-apply owns and the create fails. Set it to OVERWRITE (EKS takes the fields over, local edits are reverted), after moving customisations into configuration_values.`,
              at: policy.status === 'resolved' ? policy.at : addon.at,
              cluster: head.id,
              subject: `addon:${addon.name}`,
            },
          ]
        if ((adopted || updated) && mode(addon, step) === 'OVERWRITE')
          return customisations(head, addon.name).map((api) => ({
            message: `${api.kind} ${api.name} is customised here, but the ${addon.name} add-on ${adopted ? 'is created' : 'is updated'} with OVERWRITE (${policy.status === 'unspecified' ? policy.note : 'as set'}): EKS takes its fields back and this change to them is reverted${addon.configured ? '' : ', and the add-on sets no configuration_values to keep it'}. Move the customisation into the add-on's configuration values, or use PRESERVE for updates.`,
            at: api.at,
            cluster: head.id,
            subject: `addon:${addon.name}:${api.kind}/${api.name}`,
          }))
        return []
      })
    })
  },
})
