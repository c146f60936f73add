// Wechaty's builder without Wechaty's package entry. The entry also exports IoClient, which loads
// wechaty-puppet-service and with it gRPC, protobuf, redux, leveldb and a token resolver (about
// 300 modules, ~17 MB of RSS) that a bot handed a puppet instance never uses. The package's
// exports map offers no smaller entry, so the builder is imported from the file the entry
// re-exports it from, found next to the entry itself.
import type { WechatyBuilder as Builder } from 'wechaty';

const builderFile = new URL('../wechaty-builder.js', import.meta.resolve('wechaty'));

export const { WechatyBuilder } = (await import(builderFile.href)) as { WechatyBuilder: typeof Builder };
