// npm run backup:decrypt -- <encrypted copy> <decrypted copy>
// Decrypts an encrypted backup (.sqlite.enc) or copy of a server ledger (.pgdump.enc) with the backup
// passphrase, e.g. for the server's administrator to restore it with pg_restore. The passphrase is asked
// for (not shown), or read from SECRETARIAT_BACKUP_PASSPHRASE, or from the first line of piped input.
import readline from 'node:readline';
import { decryptBackupFile } from '../electron/ledger/backups/decrypt-backup-file';

async function askPassphrase(): Promise<string> {
  const fromEnvironment = process.env.SECRETARIAT_BACKUP_PASSPHRASE;
  if (fromEnvironment) return fromEnvironment;
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stderr.write('Backup passphrase: ');
    // Nothing typed is echoed.
    (prompt as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => prompt.once('line', resolve).once('close', () => resolve('')));
  prompt.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  return line;
}

async function main(): Promise<void> {
  const [source, target] = process.argv.slice(2).filter((arg) => arg !== '--');
  if (!source || !target) {
    console.error('Usage: npm run backup:decrypt -- <encrypted copy> <decrypted copy>');
    process.exit(2);
  }
  await decryptBackupFile(source, target, await askPassphrase());
  console.log(`Decrypted to ${target}. It holds every member's details: delete it once it is restored.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
