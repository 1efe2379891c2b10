/**
 * The `accord` command: `accord agent …` runs a long-lived agent, `accord demo` the
 * multi-process demo. Bad flags are refused with a clear message and exit code 1.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander'
import { multiaddr } from '@multiformats/multiaddr'
import { runAgent } from './agent.js'
import { runDemo } from './demo.js'
import { runVoters } from './voters.js'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { newSwarmKey, storedPeerId } from '../index.node.js'

function integer (name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value)
    if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}.`)
    return n
  }
}

function peerIds (value: string): string[] {
  const ids = value.split(',').map(s => s.trim()).filter(s => s !== '')
  for (const id of ids) if (!/^[1-9A-HJ-NP-Za-km-z]{40,100}$/.test(id)) throw new InvalidArgumentError(`'${id}' is not a peer id (\`accord id --data <dir>\` prints a voter's).`)
  if (ids.length === 0) throw new InvalidArgumentError('a list of at least one peer id is needed.')
  return ids
}

function addresses (value: string, previous: string[] | undefined): string[] {
  try {
    multiaddr(value)
  } catch {
    throw new InvalidArgumentError(`'${value}' is not a multiaddr (e.g. /ip4/127.0.0.1/tcp/4001/ws/p2p/12D3Koo…).`)
  }
  return [...(previous ?? []), value]
}

// the package's own package.json: two levels up from src/cli/ and from dist/cli/ alike
const { name, version } = createRequire(import.meta.url)('../../package.json') as { name: string, version: string }

// `--json` makes every line JSON, errors included: a supervisor parsing the output must
// never meet a line of prose (commander's own errors are caught below, not printed)
const json = process.argv.includes('--json')
const program = new Command('accord')
  .exitOverride()
  .configureOutput({ outputError: (text, write) => { if (!json) write(text) }, writeErr: text => { if (!json) process.stderr.write(text) } })
  .version(`${name} ${version}`, '-V, --version', 'print the package and its version')
  .description('Serverless coordination for agents: shared documents, vector-clocked variables, fenced locks and barriers over a libp2p mesh.')
  .showHelpAfterError('(accord <command> --help lists the options)')

program.command('agent')
  .description('run a long-lived Node agent; prints its addresses and status; bootstrap and relay for browsers')
  .option('--mesh <name>', 'mesh to join', 'default')
  .option('--listen <multiaddr>', 'address to listen on (repeatable)', addresses)
  .option('--bootstrap <multiaddr>', 'address of any member of the mesh (repeatable)', addresses, [])
  .option('--rank <n>', 'election rank: the lowest live rank leads', integer('--rank', 0, Number.MAX_SAFE_INTEGER))
  .option('--members <n>', 'cluster size: quorum mode (omit for open mode)', integer('--members', 1, 255))
  .option('--voters <ids>', 'the voters by peer id, comma-separated: quorum mode in which nobody else votes or leads', peerIds)
  .option('--data <dir>', 'directory for durable storage and this agent\'s identity (default: memory only, a new id each run)')
  .option('--psk <file>', 'a private mesh: the swarm key file every member has (`accord psk` makes one); peers without it cannot connect')
  .option('--allow <ids>', 'connect only with these peers, comma-separated peer ids', peerIds)
  .option('--no-relay', 'do not relay between browser peers')
  .option('--status <ms>', 'print a status line every <ms> (0: only on changes)', integer('--status', 0, 86_400_000), 5_000)
  .option('--json', 'print JSON lines instead of text')
  .action(async (opts: { mesh: string, listen?: string[], bootstrap: string[], rank?: number, members?: number, voters?: string[], data?: string, psk?: string, allow?: string[], relay: boolean, status: number, json?: boolean }) => {
    const psk = opts.psk != null ? await readFile(opts.psk).catch(() => { throw new InvalidArgumentError(`cannot read the swarm key file '${opts.psk}'.`) }) : undefined
    const peer = await runAgent({ ...opts, psk, listen: opts.listen ?? ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws'], json: opts.json ?? false })
    let stopping = false
    const stop = (): void => {
      if (stopping) return
      stopping = true
      void peer.stop().finally(() => process.exit(0))
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })

program.command('psk')
  .description('print a new swarm key for a private mesh: save it to a file and give every member --psk <file>')
  .action(() => { process.stdout.write(newSwarmKey()) })

program.command('id')
  .description('print the peer id an agent with this --data directory has (creating its key): to name voters before they start')
  .requiredOption('--data <dir>', 'the agent\'s storage directory')
  .action(async (opts: { data: string }) => { process.stdout.write(`${await storedPeerId(opts.data)}\n`) })

program.command('voters')
  .description('list the voters of a running cluster, or change them one at a time: list | add <id> | remove <id> | replace <old> <new> (a voter to add must be running)')
  .argument('<operation>', 'list, add, remove or replace')
  .argument('[ids...]', 'peer ids: the voter to add or remove; for replace, the old one then the new one')
  .option('--mesh <name>', 'mesh to join', 'default')
  .option('--bootstrap <multiaddr>', 'address of any member of the mesh (repeatable)', addresses, [])
  .requiredOption('--voters <ids>', 'the voters the cluster was started with (the stored configuration wins once it has changed)', peerIds)
  .option('--psk <file>', 'the mesh\'s swarm key file, if it is private')
  .option('--timeout <ms>', 'give up after this long', integer('--timeout', 1, 3_600_000), 30_000)
  .option('--json', 'print one JSON line')
  .action(async (op: string, ids: string[], opts: { mesh: string, bootstrap: string[], voters: string[], psk?: string, timeout: number, json?: boolean }) => {
    const psk = opts.psk != null ? await readFile(opts.psk).catch(() => { throw new InvalidArgumentError(`cannot read the swarm key file '${opts.psk}'.`) }) : undefined
    await runVoters(op, ids, { ...opts, psk, json: opts.json ?? false })
    process.exit(0)
  })

program.command('demo')
  .description('five agent processes: election, shared document, fenced locks, a barrier, and a kill -9 of the leader')
  .action(async () => { await runDemo() })

try {
  await program.parseAsync()
} catch (err) {
  if (err instanceof CommanderError) {
    // help and --version end here too, with exit code 0; a usage error was printed already
    if (json && err.exitCode !== 0) process.stdout.write(JSON.stringify({ event: 'error', code: err.code, message: err.message.replace(/^error: /, '') }) + '\n')
    process.exit(err.exitCode)
  }
  // a peer that could not start (bad option values, a port in use…): one line, not a stack
  const e = err as Error & { code?: string, option?: string }
  if (json) process.stdout.write(JSON.stringify({ event: 'error', code: e.code ?? 'ERR_UNKNOWN', message: e.message, ...(e.option != null ? { option: e.option } : {}) }) + '\n')
  else process.stderr.write(`accord: ${e.message}\n`)
  process.exit(1)
}
