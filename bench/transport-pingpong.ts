/**
 * Diagnostic, not a comparison with another system: what one message costs each side of a
 * connection between two processes, through the transport alone. A client sends 100 bytes,
 * the server (a child process) sends them back, the client sends again on the echo: round
 * trips per second and the CPU each process spent per round trip (process.cpuUsage, user +
 * system), over three rounds of `n` round trips each (the first runs cold code).
 *
 *   npx tsx bench/transport-pingpong.ts [n=20000]
 *
 * Four transports, one after the other, each with a fresh server: plain TCP (`node:net`,
 * TCP_NODELAY, as libp2p's TCP sets it); a WebSocket (`ws`, as y-websocket's client and
 * server use it: unencrypted, one frame per message); libp2p over TCP with stock noise and
 * yamux; and libp2p over TCP as accord's peers run it (src/net/lean-noise.ts,
 * src/net/half-window-yamux.ts). What libp2p costs beyond the WebSocket is what each
 * message to a reader costs accord beyond y-websocket before either touches the document.
 * Writes nothing.
 */
import '../src/net/polyfill.js'
import { fork } from 'node:child_process'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { tcp } from '@libp2p/tcp'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p } from 'libp2p'
import { WebSocket, WebSocketServer } from 'ws'
import { halfWindowYamux } from '../src/net/half-window-yamux.js'
import { leanNoise } from '../src/net/lean-noise.js'

type Mode = 'tcp' | 'ws' | 'stock' | 'accord'
const MODES: Mode[] = ['tcp', 'ws', 'stock', 'accord']
const LABEL: Record<Mode, string> = { tcp: 'plain TCP', ws: 'WebSocket (ws)', stock: 'libp2p, stock noise + yamux', accord: 'libp2p as accord runs it' }
const PROTOCOL = '/accord-bench/pingpong/1'
const BYTES = 100
const ROUNDS = 3

const cpuUs = (): number => { const u = process.cpuUsage(); return u.user + u.system }

async function libp2pNode (mode: Mode, listen: string[]): Promise<Awaited<ReturnType<typeof createLibp2p>>> {
  return await createLibp2p({
    addresses: { listen },
    transports: [tcp()],
    connectionEncrypters: [mode === 'accord' ? leanNoise() : noise()],
    streamMuxers: [mode === 'accord' ? halfWindowYamux() : yamux()],
    connectionMonitor: { enabled: false }
  })
}

/** The child: echoes, and reports its CPU between 'start' and 'stop'. */
async function serve (mode: Mode): Promise<void> {
  let address: string
  if (mode === 'tcp') {
    const server = net.createServer(socket => { socket.setNoDelay(true); socket.on('data', data => socket.write(data)) })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    address = String((server.address() as net.AddressInfo).port)
  } else if (mode === 'ws') {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
    server.on('connection', ws => { ws.on('message', (data: Buffer) => { ws.send(data) }) })
    await new Promise<void>(resolve => server.once('listening', resolve))
    address = `ws://127.0.0.1:${(server.address() as net.AddressInfo).port}`
  } else {
    const node = await libp2pNode(mode, ['/ip4/127.0.0.1/tcp/0'])
    await node.handle(PROTOCOL, stream => { stream.addEventListener('message', evt => { stream.send(evt.data) }) })
    address = node.getMultiaddrs()[0]!.toString()
  }
  let from = cpuUs()
  process.on('message', m => {
    if (m === 'start') from = cpuUs()
    else if (m === 'stop') process.send!({ cpuUs: cpuUs() - from })
    else if (m === 'exit') process.exit(0)
  })
  process.send!({ address })
}

/** The client's side: a way to send one message, and to hear each whole echo. */
async function connect (mode: Mode, address: string): Promise<{ send: () => void, onEcho: (f: () => void) => void }> {
  const message = new Uint8Array(BYTES).fill(7)
  let echoed = (): void => {}
  let got = 0
  const received = (bytes: number): void => { got += bytes; while (got >= BYTES) { got -= BYTES; echoed() } }
  if (mode === 'tcp') {
    const socket = net.connect(Number(address), '127.0.0.1')
    socket.setNoDelay(true)
    await new Promise(resolve => socket.once('connect', resolve))
    socket.on('data', data => { received(data.byteLength) })
    return { send: () => { socket.write(message) }, onEcho: f => { echoed = f } }
  }
  if (mode === 'ws') {
    const ws = new WebSocket(address)
    await new Promise(resolve => ws.once('open', resolve))
    ws.on('message', (data: Buffer) => { received(data.byteLength) })
    return { send: () => { ws.send(message) }, onEcho: f => { echoed = f } }
  }
  const node = await libp2pNode(mode, [])
  const stream = await node.dialProtocol(multiaddr(address), PROTOCOL)
  stream.addEventListener('message', evt => { received(evt.data.byteLength) })
  return { send: () => { stream.send(message) }, onEcho: f => { echoed = f } }
}

async function measure (mode: Mode, n: number): Promise<void> {
  const server = fork(fileURLToPath(import.meta.url), ['--serve', mode], { execArgv: ['--import', 'tsx'] })
  const next = async <T>(key: string): Promise<T> => await new Promise<T>(resolve => {
    const on = (m: any): void => { if (m?.[key] !== undefined) { server.off('message', on); resolve(m[key]) } }
    server.on('message', on)
  })
  const address = await next<string>('address')
  const link = await connect(mode, address)
  for (let round = 1; round <= ROUNDS; round++) {
    server.send('start')
    await new Promise(resolve => setTimeout(resolve, 50))
    const from = cpuUs()
    const t0 = performance.now()
    await new Promise<void>(resolve => {
      let i = 0
      link.onEcho(() => { if (++i === n) resolve(); else link.send() })
      link.send()
    })
    const ms = performance.now() - t0
    const mine = cpuUs() - from
    server.send('stop')
    const theirs = await next<number>('cpuUs')
    console.log(`${LABEL[mode]}, round ${round}: ${Math.round(n / ms * 1000).toLocaleString('en')} round trips/s; CPU per round trip: client ${(mine / n).toFixed(1)} µs, server ${(theirs / n).toFixed(1)} µs`)
  }
  server.send('exit')
}

const args = process.argv.slice(2)
if (args[0] === '--serve') {
  await serve(args[1] as Mode)
} else {
  const n = Number(args[0] ?? 20_000)
  console.log(`${n.toLocaleString('en')} round trips of ${BYTES} bytes between this process and a child, ${ROUNDS} rounds per transport`)
  for (const mode of MODES) await measure(mode, n)
  process.exit(0)
}
