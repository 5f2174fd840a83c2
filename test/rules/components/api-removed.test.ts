import { apiRemoved as rule } from '../../../src/rules/components/api-removed.js'
import { testRule } from '../../helpers/rule-tester.js'
import { MANIFEST, usingApi } from './api-helpers.js'

testRule(rule, {
  valid: [
    {
      name: 'before the removing version',
      context: usingApi('1.24', 'policy/v1beta1', 'PodSecurityPolicy'),
    },
    { name: 'a current API', context: usingApi('1.30', 'policy/v1', 'PodDisruptionBudget') },
    {
      // data/corrections.json: served through 1.37 (Kubernetes deprecation guide), not
      // removed in 1.36 as the pluto-derived data said — a false error for DRA users.
      name: 'DRA resource.k8s.io/v1beta1 on 1.36 is deprecated, not removed',
      context: usingApi('1.36', 'resource.k8s.io/v1beta1', 'DeviceClass'),
    },
  ],
  invalid: [
    {
      name: 'at the removing version, naming the replacement, on the apiVersion line',
      context: usingApi('1.25', 'policy/v1beta1', 'PodDisruptionBudget'),
      findings: [
        {
          at: MANIFEST,
          subject: 'api:m.yaml:PodDisruptionBudget:x:policy/v1beta1',
          message:
            'PodDisruptionBudget x uses policy/v1beta1, which Kubernetes 1.25 removed; cluster c is at 1.25: use policy/v1 instead.',
        },
      ],
    },
    {
      name: 'past it (flowcontrol v1beta3 on 1.33)',
      context: usingApi('1.33', 'flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema'),
      findings: [
        {
          at: MANIFEST,
          subject: 'api:m.yaml:FlowSchema:x:flowcontrol.apiserver.k8s.io/v1beta3',
          message: 'removed',
        },
      ],
    },
  ],
})
