import { parseArguments, UsageError, type Command } from './arguments';
import { HELP } from './help';
import { writeHtmlPage } from './html-page';
import { run } from './run';
import { readVersion } from './version';

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`khabar: ${error.message}\nTry 'khabar --help' for more information.\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${readVersion()}\n`);
    return 0;
  }
  if (command.options.inputs.includes('-') && process.stdin.isTTY) {
    process.stderr.write('khabar: reading Arabic text from the terminal; end it with Ctrl-D (khabar --help for usage)\n');
  }
  return command.options.html ? writeHtmlPage(command.options) : run(command.options);
}

// exitCode rather than process.exit(): output still queued for a pipe gets written before Node exits.
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`khabar: unexpected error, please report it: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
