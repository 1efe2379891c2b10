/**
 * The layer rule of src/ (DESIGN.md: "no layer imports one above it"), checked by
 * `npm run lint:layers` as part of `npm test`, so that it stays true.
 *
 *   cli/                         the `accord` command: only the public entry point
 *   peer.ts, assemble.ts, …      the facade and its wiring: any layer
 *   variables/                   vector-clocked registers, proposals
 *   coord/                       the lease holder's tables, services and clients
 *   machine/                     the lease holder's replicated state machine, whatever its state
 *   election/                    membership, failure detection, the mesh's election
 *   docs/                        Y.Doc replication and persistence
 *   store/  clock/  net/         the bottom: storage, vector clocks, transport and wire
 *   errors.ts                    shared by every layer
 *   arguments.ts                 checks of a caller's arguments, shared by every layer
 */
const layer = (name, mayImport) => ({
  name: `layer-${name}`,
  comment: `src/${name}/ may import only ${mayImport.length > 0 ? mayImport.join(', ') : 'nothing else of src/'} (and errors.ts)`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: {
    path: '^src/',
    pathNot: [`^src/${name}/`, '^src/errors\\.ts$', '^src/arguments\\.ts$', ...mayImport.map(m => `^src/${m}/`)]
  }
})

module.exports = {
  forbidden: [
    layer('net', []),
    layer('store', []),
    layer('clock', []),
    layer('docs', ['net', 'store']),
    layer('election', ['net', 'store']),
    layer('machine', ['election', 'net', 'store']),
    layer('coord', ['machine', 'election', 'net', 'store', 'clock']),
    layer('variables', ['coord', 'machine', 'election', 'net', 'store', 'clock']),
    {
      name: 'cli-uses-the-public-surface',
      comment: 'the accord command uses the package as a user would: src/index.node.ts only',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: ['^src/cli/', '^src/index\\.node\\.ts$'] }
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' }
  }
}
