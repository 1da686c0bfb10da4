import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder, found from this module whether it runs from src/ or from the dist/ bundle. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Wayfinder package folder');
    dir = parent;
  }
  return dir;
}

export function packageVersion(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8'),
  ) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}
