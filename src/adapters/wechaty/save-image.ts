// Stores a resident's photo under data/images/ — only when it may belong to a report (the
// sender reported something in this chat a few minutes ago); other images are never written.
import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Message } from 'wechaty';

/** data/images/2026-03-02/<message id>.jpg */
function imagePathFor(imagesDir: string, messageId: string, fileName: string, at: Date): string {
  const day = at.toISOString().slice(0, 10);
  const ext = (extname(fileName) || '.jpg').toLowerCase().replace(/[^.a-z0-9]/g, '');
  const safeId = messageId.replace(/[^A-Za-z0-9_-]/g, '_');
  return join(imagesDir, day, `${safeId}${ext}`);
}

export async function saveMessageImage(msg: Message, imagesDir: string, at: Date): Promise<string> {
  const box = await msg.toFileBox();
  const path = imagePathFor(imagesDir, msg.id, box.name, at);
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  await box.toFile(path, true);
  return path;
}
