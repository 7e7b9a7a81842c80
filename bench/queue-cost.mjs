// The queue's cost per letter, by process: node bench/queue-cost.mjs <checkout> <workers> <folder of letters>
//   [--pin]; ALLCMDS=1 lists every Redis command; FOLLOWER_PROF=<dir> / WORKER_PROF=<dir> write CPU profiles.
// Starts its own redis-server on a free port and <workers> `unletters worker --concurrency 1` processes of the
// checkout (its dist/ must be built: `npm run build`), warms them on 4 letters a worker, then times
// `ingest <folder> --queue --quiet` under GNU time. Prints one JSON line: wall, CPU of the follower (the ingest
// process), of each worker and of Redis, CPU per letter all included, Redis commands per letter (INFO
// commandstats). Run it alternately on two checkouts to compare them: on a shared machine the wall time
// varies with the load, the CPU per letter and the command counts much less.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const [root, countArg, folder] = process.argv.slice(2);
const count = Number(countArg);
const pin = process.argv.includes('--pin');
const bin = join(root, 'bin/unletters.js');
const tick = 100;

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const scratch = mkdtempSync(join(tmpdir(), 'perfq-cost-'));
execFileSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--daemonize', 'yes', '--dir', scratch, '--pidfile', join(scratch, 'redis.pid'), '--save', '', '--logfile', join(scratch, 'redis.log'), '--maxmemory-policy', 'noeviction']);
const cli = (...a) => execFileSync('redis-cli', ['-p', String(port), ...a], { encoding: 'utf8' });
for (let i = 0; i < 100; i++) {
  try {
    if (cli('ping').trim() === 'PONG') break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}
const url = `redis://127.0.0.1:${port}`;
const prefix = `cost-${count}-${Date.now()}`;
const env = { ...process.env, REDIS_URL: url, UNLETTERS_QUEUE_PREFIX: prefix, UNLETTERS_SHARED: scratch };

const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / tick;
};
const redisCpu = () => {
  const info = cli('info', 'cpu');
  const u = Number(/used_cpu_user:([\d.]+)/.exec(info)[1]);
  const s = Number(/used_cpu_sys:([\d.]+)/.exec(info)[1]);
  return u + s;
};

const workers = [];
for (let i = 0; i < count; i++) {
  const cmd = [process.execPath, ...(process.env.WORKER_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.WORKER_PROF] : []), bin, 'worker', '--concurrency', '1'];
  const full = pin ? ['taskset', '-c', String(i % 2), ...cmd] : cmd;
  const child = spawn(full[0], full.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((resolve, reject) => {
    let log = '';
    child.stderr.on('data', (c) => {
      log += c;
      if (log.includes('serving')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${log}`)));
  });
  workers.push(child);
}
const warm = join(scratch, 'warm');
mkdirSync(warm);
const names = readdirSync(folder).sort();
for (let i = 0; i < 4 * count; i++) copyFileSync(join(folder, names[i]), join(warm, `w${i}-${names[i]}`));
const runIngest = (input, out) => {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'T %U %S %M', process.execPath, ...(process.env.FOLLOWER_PROF && out.endsWith('/out') ? ['--cpu-prof', '--cpu-prof-dir', process.env.FOLLOWER_PROF] : []), bin, 'ingest', input, '--out', out, '--queue', '--quiet'], { env, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr.slice(-800)}`);
  const m = /T (\S+) (\S+) (\d+)/.exec(r.stderr);
  return { wall, cpu: Number(m[1]) + Number(m[2]) };
};
runIngest(warm, join(scratch, 'warm-out'));
cli('config', 'resetstat');
const before = workers.map((w) => cpuOf(w.pid));
const redisBefore = redisCpu();
const run = runIngest(folder, join(scratch, 'out'));
const workerCpu = workers.map((w, i) => cpuOf(w.pid) - before[i]);
const redisUsed = redisCpu() - redisBefore;
const stats = cli('info', 'commandstats');
const commands = [...stats.matchAll(/cmdstat_(\w+):calls=(\d+)/g)].map((m) => [m[1], Number(m[2])]).sort((a, b) => b[1] - a[1]);
const totalCommands = commands.reduce((s, [, n]) => s + n, 0);
const letters = names.length;
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  JSON.stringify({
    root,
    workers: count,
    letters,
    wall: +run.wall.toFixed(2),
    followerCpu: +run.cpu.toFixed(2),
    workerCpu: workerCpu.map((c) => +c.toFixed(2)),
    redisCpu: +redisUsed.toFixed(2),
    cpuPerLetterMs: Math.round(((run.cpu + workerCpu.reduce((a, b) => a + b, 0) + redisUsed) / letters) * 1000),
    redisCommandsPerLetter: Math.round(totalCommands / letters),
    top: commands.slice(0, process.env.ALLCMDS ? 99 : 8).map(([c, n]) => `${c}:${Math.round(n / letters)}`).join(' '),
    load,
  }),
);
await Promise.all(workers.map((w) => new Promise((r) => { w.once('exit', r); w.kill('SIGTERM'); })));
try { cli('shutdown', 'nosave'); } catch {}
rmSync(scratch, { recursive: true, force: true });
