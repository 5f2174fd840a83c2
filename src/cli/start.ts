import { runCli } from './run.js'

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: new Date().toISOString().slice(0, 10),
  terminal: terminal(),
})

/** How the text report meets the terminal: its width (or COLUMNS), and colour unless NO_COLOR. */
function terminal(): { columns?: number; color: boolean } {
  const tty = process.stdout.isTTY === true
  const columns = tty ? process.stdout.columns : Number(process.env.COLUMNS) || undefined
  const force = process.env.FORCE_COLOR
  const color =
    !process.env.NO_COLOR && (force !== undefined ? force !== '0' && force !== 'false' : tty)
  return { ...(columns && { columns }), color }
}
