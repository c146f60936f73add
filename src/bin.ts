#!/usr/bin/env -S node --max-old-space-size=512
// Entry point of the `yishiting` command. Compiled to dist/bin.js at install (`npm ci` runs the
// prepare script), which is what package.json's bin points at: plain JavaScript, no loader.
//
// --max-old-space-size=512: with the default limit (about a quarter of the machine's memory) V8
// lets its old generation grow to about four times what is live before it collects; with a
// 512 MB limit, to about 1.4 times. The running bot keeps ~55 MB live, so this bounds its RSS
// (bench:bot, the same bot after two streams: peak 262 → 206 MB) and still leaves it ~9× room.
// `npm start` and `npm run bench:bot` pass the same flags (test/cli/node-flags.test.ts).
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
