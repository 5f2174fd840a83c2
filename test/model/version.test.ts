import { describe, expect, it } from 'vitest'
import {
  compareKubeVersions,
  formatKubeVersion,
  minorDistance,
  parseKubeVersion,
} from '../../src/model/version.js'

describe('parseKubeVersion', () => {
  it.each([
    ['1.30', '1.30'],
    ['v1.30', '1.30'],
    ['1.30.2', '1.30'],
    [' 1.29 ', '1.29'],
    ['1.29.3-20240531', '1.29'],
    ['v1.30.0-eks-036c24b', '1.30'],
    ['1.3', '1.3'],
  ])('reads %j as %s', (text, expected) => {
    const version = parseKubeVersion(text)
    expect(version && formatKubeVersion(version)).toBe(expected)
  })

  it.each(['', '1', 'latest', '${K8S_VERSION}', '1.x', '1.30.2.1', 'v', '01.30a'])(
    'rejects %j',
    (text) => {
      expect(parseKubeVersion(text)).toBeNull()
    },
  )

  it('orders by minor numerically, not as text or floats', () => {
    expect(compareKubeVersions(parseKubeVersion('1.9')!, parseKubeVersion('1.10')!)).toBeLessThan(0)
    expect(minorDistance(parseKubeVersion('1.28')!, parseKubeVersion('1.30')!)).toBe(2)
    expect(minorDistance(parseKubeVersion('1.30')!, parseKubeVersion('1.28')!)).toBe(-2)
    expect(minorDistance(parseKubeVersion('1.30')!, parseKubeVersion('2.0')!)).toBe(Infinity)
  })
})
