#!/usr/bin/env node
/**
 * `npx nabij <command> …`: the package's command line. Each command is a module beside this file
 * (`bin/<command>.mjs`, exporting `run(args)` and `summary`), so commands are added without editing this file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const commands = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== 'nabij.mjs')
  .map((name) => name.slice(0, -'.mjs'.length))
  .sort();

async function usage() {
  const lines = ['Usage: npx nabij <command> [options]', '', 'Commands:'];
  for (const command of commands) {
    const { summary = '' } = await import(pathToFileURL(join(here, `${command}.mjs`)).href);
    lines.push(`  ${command.padEnd(10)} ${summary}`);
  }
  lines.push('', 'Run `npx nabij <command> --help` for the options of one command.');
  return lines.join('\n');
}

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h') {
  console.log(await usage());
} else if (!commands.includes(command) || !existsSync(join(here, `${command}.mjs`))) {
  console.error(`nabij: unknown command "${command}"\n\n${await usage()}`);
  process.exitCode = 2;
} else {
  const { run } = await import(pathToFileURL(join(here, `${command}.mjs`)).href);
  try {
    process.exitCode = (await run(args)) ?? 0;
  } catch (error) {
    console.error(`nabij ${command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
