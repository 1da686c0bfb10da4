// Builds what `npm start` and the `wayfinder` command run: the CLI/server bundle and the web app.
// --if-stale skips the work when every output is newer than every source file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['dist/cli/main.js', 'dist/cli/meta.json', 'dist/web/index.html'].map((file) =>
  path.join(root, file),
);
const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((entry) =>
  path.join(root, entry),
);

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function isStale() {
  const built = outputs.map((file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0));
  const oldestOutput = Math.min(...built);
  return oldestOutput === 0 || Math.max(...sources.map(newestMtime)) > oldestOutput;
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

const started = Date.now();
const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) {
  console.error('Cannot build: the build tools are missing. Run "npm install" first.');
  process.exit(1);
}
// Chunk names change with their content: start from an empty folder so old ones do not pile up.
fs.rmSync(path.join(root, 'dist/cli'), { recursive: true, force: true });
const cli = await esbuild.build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outdir: path.join(root, 'dist/cli'),
  // The server's code is a separate chunk that only `wayfinder serve` loads.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundling the JavaScript dependencies too makes start-up one file read instead of hundreds of
  // module resolutions (0.7 s → well under 0.3 s). Native and optional modules stay outside.
  external: ['better-sqlite3', 'pg-native', 'open'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  minify: true,
  // What each chunk holds and imports: a test keeps heavy modules out of every command's start.
  metafile: true,
  logLevel: 'warning',
});
fs.writeFileSync(path.join(root, 'dist/cli/meta.json'), JSON.stringify(cli.metafile));
// --cli rebuilds only the command line and server bundle (quick, for benchmarks and the CLI).
if (!process.argv.includes('--cli')) {
  const { build } = await import('vite');
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
console.log(`Built Wayfinder in ${((Date.now() - started) / 1000).toFixed(1)} s`);
