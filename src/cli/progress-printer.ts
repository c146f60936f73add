// Progress on stderr for long exports: a line rewritten in place on a terminal, otherwise one line
// per 10%. Small jobs (under 5,000 rows) print nothing.
export function progressPrinter(stream: NodeJS.WriteStream, label: string): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    if (total < 5000) return;
    const pct = Math.min(100, Math.floor((done / total) * 100));
    if (stream.isTTY) {
      stream.write(`\r${label}：${done}/${total}（${pct}%）${done >= total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(pct / 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`${label}：${done}/${total}（${pct}%）\n`);
  };
}
