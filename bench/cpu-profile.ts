/**
 * A benchmark child's own CPU profile, asked for by an environment variable naming a
 * directory (QUEUE_CPU_PROF for scenario 15's processes, DOCS_CPU_PROF for 14b's): NODE_OPTIONS
 * may not carry --cpu-prof. Profiles from the call until the returned function runs, which
 * writes <dir>/<name>-<pid>.cpuprofile; undefined when the variable is not set.
 */
export async function cpuProfileTo (dir: string | undefined, name: string): Promise<(() => Promise<void>) | undefined> {
  if (dir == null || dir === '') return undefined
  const { Session } = await import('node:inspector/promises')
  const { writeFile } = await import('node:fs/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return async () => {
    const { profile } = await session.post('Profiler.stop')
    await writeFile(`${dir}/${name}-${process.pid}.cpuprofile`, JSON.stringify(profile))
  }
}
