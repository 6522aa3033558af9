import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/*
 * Two Syncthing instances (Debian's `syncthing`), each with a generated
 * home folder, sharing one folder over 127.0.0.1 only: no global or local
 * discovery, no relays, no NAT traversal, no usage reporting, no upgrades
 * (https://docs.syncthing.net/users/config.html). The tests drive them
 * through the REST API with the key written into each config
 * (https://docs.syncthing.net/dev/rest.html): rescans, and polling
 * /rest/db/status and /rest/db/completion until both hold the same files.
 */

const FOLDER_ID = 'team';

/** One running instance. */
export type Peer = {
  readonly name: string;
  readonly home: string;
  /** The folder it keeps in step with the other's. */
  readonly folder: string;
  readonly deviceId: string;
  readonly apiKey: string;
  readonly gui: number;
  readonly listen: number;
  process?: ChildProcess;
};

/** Whether Debian's `syncthing` is installed. */
export function syncthingInstalled(): boolean {
  return spawnSync('syncthing', ['--version']).error === undefined;
}

/** A TCP port on 127.0.0.1 nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function syncthing(args: readonly string[]): string {
  const result = spawnSync('syncthing', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`syncthing ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

async function makePeer(dir: string, name: string): Promise<Peer> {
  const home = path.join(dir, `${name}-home`);
  const folder = path.join(dir, `${name}-team`);
  await mkdir(folder, { recursive: true });
  syncthing(['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing']);
  const deviceId = syncthing([`--home=${home}`, '--device-id']);
  return {
    name,
    home,
    folder,
    deviceId,
    apiKey: `test-${name}-${createHash('sha256').update(home).digest('hex').slice(0, 24)}`,
    gui: await freePort(),
    listen: await freePort(),
  };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function configXml(me: Peer, other: Peer): string {
  return `<configuration version="36">
  <folder id="${FOLDER_ID}" label="${FOLDER_ID}" path="${escape(me.folder)}" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1">
    <device id="${me.deviceId}"></device>
    <device id="${other.deviceId}"></device>
  </folder>
  <device id="${me.deviceId}" name="${me.name}"><address>dynamic</address></device>
  <device id="${other.deviceId}" name="${other.name}"><address>tcp://127.0.0.1:${other.listen}</address></device>
  <gui enabled="true" tls="false"><address>127.0.0.1:${me.gui}</address><apikey>${me.apiKey}</apikey></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${me.listen}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <startBrowser>false</startBrowser>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
`;
}

/** Calls the REST API of `peer`. */
export async function rest(peer: Peer, method: 'GET' | 'POST', url: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${peer.gui}${url}`, {
    method,
    headers: { 'X-API-Key': peer.apiKey },
  });
  if (!response.ok) throw new Error(`${peer.name} ${method} ${url}: HTTP ${response.status}`);
  const text = await response.text();
  return text === '' ? undefined : JSON.parse(text);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function field(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined),
    value,
  );
}

/** Polls `check` until it holds, failing after `ms` with `what`. */
async function until(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // Not up yet.
    }
    if (Date.now() > deadline) throw new Error(`Syncthing: timed out waiting for ${what}`);
    await pause(200);
  }
}

async function start(peer: Peer, log: string): Promise<void> {
  const out = await open(log, 'a');
  peer.process = spawn(
    'syncthing',
    ['serve', `--home=${peer.home}`, '--no-browser', '--no-restart', '--no-upgrade'],
    {
      // One process, no monitor to restart it; no upgrade checks.
      env: { ...process.env, STMONITORED: '1', STNOUPGRADE: '1', STNODEFAULTFOLDER: '1' },
      stdio: ['ignore', out.fd, out.fd],
    },
  );
  peer.process.once('exit', () => void out.close());
}

/** Two instances sharing one folder, started and connected. */
export async function startPair(dir: string): Promise<[Peer, Peer]> {
  const a = await makePeer(dir, 'amara');
  const b = await makePeer(dir, 'ben');
  await writeFile(path.join(a.home, 'config.xml'), configXml(a, b));
  await writeFile(path.join(b.home, 'config.xml'), configXml(b, a));
  await start(a, path.join(dir, 'amara.log'));
  await start(b, path.join(dir, 'ben.log'));
  for (const [me, other] of [
    [a, b],
    [b, a],
  ] as const) {
    await until(`${me.name} to connect`, 30_000, async () => {
      const connections = await rest(me, 'GET', '/rest/system/connections');
      return field(connections, 'connections', other.deviceId, 'connected') === true;
    });
  }
  return [a, b];
}

/** Every file below `folder` (not Syncthing's own), with its SHA-256. */
async function tree(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const name = path.relative(folder, path.join(entry.parentPath, entry.name));
    if (name.startsWith('.st')) continue;
    const bytes = await readFile(path.join(folder, name)).catch(() => undefined);
    if (bytes !== undefined) files.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return files;
}

function sameTree(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([name, sha]) => b.get(name) === sha);
}

/** Asks both to rescan now, rather than wait for their watchers. */
export async function rescan(peers: readonly Peer[]): Promise<void> {
  await Promise.all(peers.map((peer) => rest(peer, 'POST', `/rest/db/scan?folder=${FOLDER_ID}`)));
}

/**
 * Waits until both instances are idle, need nothing, see each other 100%
 * complete, and their folders hold the same files, byte for byte.
 */
export async function settle(a: Peer, b: Peer, ms = 45_000): Promise<void> {
  await rescan([a, b]);
  await until('both folders to agree', ms, async () => {
    for (const [me, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const status = await rest(me, 'GET', `/rest/db/status?folder=${FOLDER_ID}`);
      if (field(status, 'state') !== 'idle' || field(status, 'needTotalItems') !== 0) return false;
      const completion = await rest(
        me,
        'GET',
        `/rest/db/completion?folder=${FOLDER_ID}&device=${other.deviceId}`,
      );
      if (field(completion, 'completion') !== 100) return false;
    }
    return sameTree(await tree(a.folder), await tree(b.folder));
  });
}

/** Shuts both down through the API; kills (by its process id) any that will not stop. */
export async function stopPair(peers: readonly Peer[]): Promise<void> {
  await Promise.all(
    peers.map(async (peer) => {
      const child = peer.process;
      const running = () =>
        child !== undefined && child.exitCode === null && child.signalCode === null;
      if (child === undefined || !running()) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await rest(peer, 'POST', '/rest/system/shutdown').catch(() => undefined);
      await Promise.race([exited, pause(5000)]);
      if (running()) child.kill('SIGKILL');
    }),
  );
}
