#!/usr/bin/env node
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error(
    'Wayfinder is not built yet. Run "npm install" (or "npm run build") in its folder first.',
  );
  process.exit(1);
}
await import(bundle.href);
