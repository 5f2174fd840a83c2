import { directWriter } from './output.js'
import { runCli } from './run.js'

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: directWriter(1, () => process.stdout),
  stderr: directWriter(2, () => process.stderr),
  today: new Date().toISOString().slice(0, 10),
  terminal,
})

/**
 * How the text report meets the terminal: its width (or COLUMNS), and colour unless
 * NO_COLOR. Asked only for a text report (it creates process.stdout).
 */
function terminal(): { columns?: number; color: boolean } {
  const tty = process.stdout.isTTY === true
  const columns = tty ? process.stdout.columns : Number(process.env.COLUMNS) || undefined
  const force = process.env.FORCE_COLOR
  const color =
    !process.env.NO_COLOR && (force !== undefined ? force !== '0' && force !== 'false' : tty)
  return { ...(columns && { columns }), color }
}
