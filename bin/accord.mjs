#!/usr/bin/env node
// The `accord` command. In a checkout (src/ is here) it runs the TypeScript sources through
// tsx (a devDependency), so a dist/ left by an earlier `npm pack` can never be stale; in the
// installed package (no src/) it runs the compiled CLI from dist/.
import { existsSync } from 'node:fs'

const source = new URL('../src/cli/main.ts', import.meta.url)
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api')
  register()
  await import(source.href)
} else {
  await import(new URL('../dist/cli/main.js', import.meta.url).href)
}
