/** A one-line progress bar for a terminal: "writing  [#######.......]  52%". */
export function progressBar(write: (text: string) => void, width = 28) {
  let last = '';
  return {
    update(phase: string, done: number, total: number) {
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      const line = `\r${phase.padEnd(9)}[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`;
      if (line !== last) write(line);
      last = line;
    },
    finish() {
      if (last) write('\n');
    },
  };
}
