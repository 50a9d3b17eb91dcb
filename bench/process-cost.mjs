// @ts-check
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs a command and measures what it costs: wall time, and peak memory of the whole process tree
 * (Astro's build may start worker processes, and Pagefind is a separate binary), sampled from
 * /proc every 100 ms: often enough for builds that take seconds, rarely enough (about 2 ms a
 * sample) not to slow the build down. Without /proc (not Linux) the memory is reported as null.
 * CPU time (user + system, the command and every child it waited for) comes from GNU time when
 * /usr/bin/time exists: unlike wall time it hardly changes when other work competes for the cores.
 */

const gnuTime = '/usr/bin/time';

const pageSize = 4096;

/** @returns {Map<number, number[]>} parent pid → child pids, from /proc */
function childrenByParent() {
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in field 2 may contain spaces and brackets; the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/**
 * Resident memory of `pid` and all its descendants, in bytes.
 * @param {number} pid
 */
function treeRss(pid) {
  const children = childrenByParent();
  let total = 0;
  const queue = [pid];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    try {
      const resident = Number(readFileSync(`/proc/${next}/statm`, 'utf8').split(' ')[1]);
      total += resident * pageSize;
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(next) ?? []));
  }
  return total;
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env: NodeJS.ProcessEnv, cwd?: string }} options
 * @returns {Promise<{ wallMs: number, cpuMs: number | null, peakRssBytes: number | null, code: number | null, output: string }>}
 */
export function runMeasured(command, args, { env, cwd }) {
  const canSample = existsSync('/proc/self/statm');
  const cpuFile = existsSync(gnuTime) ? join(tmpdir(), `bench-cpu-${process.pid}-${Date.now()}.txt`) : null;
  const [file, fileArgs] = cpuFile ? [gnuTime, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, fileArgs, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = canSample ? setInterval(sample, 100) : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      resolve({ wallMs, cpuMs: cpuFile ? readCpuMs(cpuFile) : null, peakRssBytes: canSample ? peak : null, code, output });
    });
  });
}

/**
 * Reads and removes GNU time's "user system" seconds line.
 * @param {string} file
 */
function readCpuMs(file) {
  try {
    const line = readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '';
    const [user, system] = line.split(' ').map(Number);
    return user === undefined || system === undefined || Number.isNaN(user + system) ? null : Math.round((user + system) * 1000);
  } finally {
    rmSync(file, { force: true });
  }
}
