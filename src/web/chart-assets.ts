// Scripts for the 统计 charts, served same-origin (the CSP allows only 'self' scripts, no inline
// code, no CDN): ECharts as published on npm (echarts/dist/echarts.min.js, read once from
// node_modules) and a few lines that draw the weekly trend from the page's JSON data block.
// URLs carry a content hash so they can be cached for a year.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Asset {
  path: string;
  body: string;
  type: string;
}

const DRAW_WEEKLY = `(function () {
  var el = document.getElementById('weekly-chart');
  var data = document.getElementById('weekly-data');
  if (!el || !data || typeof echarts === 'undefined') return;
  var d = JSON.parse(data.textContent);
  el.style.height = '320px';
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 36, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: d.weeks.map(function (w) { return w.slice(5); }) },
    yAxis: { type: 'value', minInterval: 1 },
    series: d.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'week', data: s.counts }; })
  });
  el.setAttribute('data-drawn', '1');
  window.addEventListener('resize', function () { chart.resize(); });
})();
`;

function asset(name: string, body: string): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { path: `/assets/${name}.${hash}.js`, body, type: 'text/javascript; charset=utf-8' };
}

let cached: { echarts: Asset; drawWeekly: Asset } | null = null;

/** The two chart scripts (ECharts is read from node_modules on first use). */
export function chartAssets(): { echarts: Asset; drawWeekly: Asset } {
  cached ??= {
    echarts: asset('echarts', readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8')),
    drawWeekly: asset('weekly-chart', DRAW_WEEKLY),
  };
  return cached;
}
