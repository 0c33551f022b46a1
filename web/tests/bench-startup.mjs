// Startup benchmark: sizes of the shipped files (raw and gzip -9) and the time
// from navigation to the first drawn frame over several cold loads.
// Usage: node web/tests/bench-startup.mjs [LOADS]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, openApp, repoRoot } from './harness.mjs';

const loads = Number(process.argv[2] || 7);
const web = join(repoRoot, 'build/web');
console.log('file             raw bytes   gzip -9 bytes');
for (const name of readdirSync(web).sort()) {
  const path = join(web, name);
  if (!statSync(path).isFile()) continue;
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  console.log(`${name.padEnd(14)} ${String(data.length).padStart(11)} ${String(gz).padStart(15)}`);
}

const env = await launch();
const times = [];
try {
  for (let i = 0; i < loads; i++) {
    const { context, page } = await openApp(env);
    times.push(await page.evaluate(() => window.jejak.firstFrameMs));
    await context.close();
  }
} finally {
  await env.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first frame over ${loads} cold loads (headless Chromium, SwiftShader): ` +
  `median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
