import fs from 'node:fs';

/** The system Chromium the browser tests drive; never a downloaded one. */
export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((file) => file && fs.existsSync(file)) ?? null;
}
