// What the figures were measured on: they only mean something next to this.
import os from 'node:os';
import { execFileSync } from 'node:child_process';

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo() {
  const cpus = os.cpus();
  const status = git(['status', '--porcelain']);
  return {
    date: new Date().toISOString(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemGB: Math.round((os.totalmem() / 1073741824) * 10) / 10,
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirtyWorkTree: status === null ? null : status.length > 0,
  };
}
