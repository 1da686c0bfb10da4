import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

type Metafile = {
  outputs: Record<
    string,
    { imports: { path: string; kind: string }[]; inputs: Record<string, unknown> }
  >;
};

const root = path.resolve(import.meta.dirname, '../..');
const metaFile = path.join(root, 'dist/cli/meta.json');

/** Every source file a command's start-up loads: main.js and the chunks it imports statically. */
function loadedAtStart(meta: Metafile): string[] {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output) || !meta.outputs[output]) return;
    seen.add(output);
    for (const { path: imported, kind } of meta.outputs[output]!.imports) {
      if (kind === 'import-statement') visit(imported);
    }
  };
  visit(Object.keys(meta.outputs).find((output) => output.endsWith('dist/cli/main.js'))!);
  return [...seen].flatMap((output) => Object.keys(meta.outputs[output]!.inputs));
}

describe('the command line bundle', () => {
  test('starts every command without the holiday tables or the web server (they load on demand)', () => {
    if (!fs.existsSync(metaFile)) {
      throw new Error(`${metaFile} is missing: run "npm run build" first (npm test does)`);
    }
    const inputs = loadedAtStart(JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Metafile);
    expect(inputs.some((input) => input.includes('src/cli/program.ts'))).toBe(true);
    expect(inputs.filter((input) => input.includes('node_modules/date-holidays'))).toEqual([]);
    expect(inputs.filter((input) => input.includes('node_modules/hono'))).toEqual([]);
  });
});
