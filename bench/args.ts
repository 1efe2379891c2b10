/** A benchmark script's command line: the values after the script's name. */

/** The value given as `--name=value`, if any. */
export function flag (argv: readonly string[], name: string): string | undefined {
  return argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3)
}

/** The arguments that are not flags (`--…`), in order. */
export function positional (argv: readonly string[]): string[] {
  return argv.filter(a => !a.startsWith('--'))
}
