import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/model/version.ts
var KUBE_VERSION = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.-]*)?$/;
function parseKubeVersion(text) {
  const match = KUBE_VERSION.exec(text.trim());
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (!Number.isSafeInteger(major) || !Number.isSafeInteger(minor)) return null;
  return { major, minor };
}
function formatKubeVersion(version) {
  return `${version.major}.${version.minor}`;
}
function compareKubeVersions(a, b) {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}
function minorDistance(from, to) {
  if (from.major !== to.major) return to.major > from.major ? Infinity : -Infinity;
  return to.minor - from.minor;
}
function addMinors(version, minors) {
  return { major: version.major, minor: version.minor + minors };
}

export {
  parseKubeVersion,
  formatKubeVersion,
  compareKubeVersions,
  minorDistance,
  addMinors
};
