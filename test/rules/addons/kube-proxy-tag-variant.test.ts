import { kubeProxyTagVariant as rule } from '../../../src/rules/addons/kube-proxy-tag-variant.js'
import { clusterOf, contextOf } from '../../helpers/model.js'
import { testRule } from '../../helpers/rule-tester.js'

const image = (tag: string) =>
  contextOf(clusterOf({ version: '1.30', components: [{ name: 'kube-proxy', version: tag }] }))
const addon = (version: string) =>
  contextOf(clusterOf({ version: '1.30', addons: [{ name: 'kube-proxy', version }] }))

testRule(rule, {
  valid: [
    ...[
      'v1.24.10-eksbuild.2',
      'v1.24.17-minimal-eksbuild.19',
      'v1.25.16-minimal-eksbuild.22',
      'v1.33.5-minimal-eksbuild.2',
      'v1.34.1-eksbuild.2',
    ].map((tag) => ({ name: `image tag ${tag}`, context: image(tag) })),
    { name: 'an add-on version', context: addon('v1.30.0-eksbuild.3') },
  ],
  invalid: [
    ...[
      ['v1.30.6-eksbuild.2', 'only the "-minimal-" kube-proxy images are published'],
      ['v1.34.1-minimal-eksbuild.2', 'drop the "-minimal-" suffix'],
    ].map(([tag, problem]) => ({
      name: `image tag ${tag}`,
      context: image(tag!),
      findings: [
        { at: 'component:kube-proxy' as const, subject: 'component:kube-proxy', message: problem! },
      ],
    })),
    {
      name: 'an add-on version with -minimal-',
      context: addon('v1.30.0-minimal-eksbuild.1'),
      findings: [
        {
          at: 'addon:kube-proxy',
          subject: 'addon:kube-proxy',
          message: 'EKS add-on versions never carry "-minimal-"',
        },
      ],
    },
  ],
})
