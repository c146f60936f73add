#!/usr/bin/env node
// Entry point of the `yishiting` command. Compiled to dist/bin.js at install (`npm ci` runs the
// prepare script), which is what package.json's bin points at: plain JavaScript, no loader.
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
