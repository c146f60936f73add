// Runs in every wechat4u e2e file: its scratch directories go once its bots have stopped
// (after-hooks run in reverse order, so this one runs after the file's own).
import { afterAll } from 'vitest';
import { removeWorkDirs } from './run-bot.js';

afterAll(() => removeWorkDirs());
