import { chromium, devices } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let i = 0; i < 4; i++) {
  const ctx = await b.newContext({ ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
  const p = await ctx.newPage();
  const reqs = [];
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  p.on('request', (r) => { if (r.url().includes('.js')) reqs.push(r.url().split('/').pop()); });
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.25 });
  await p.goto('http://127.0.0.1:4301/en/');
  await p.locator(`#ami .stage .sticky > *`).evaluateAll((els) => els.forEach((e) => e.setAttribute('data-test-prerendered', '')));
  const n0 = reqs.length;
  await p.locator(`[data-step="ami-exit"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await p.waitForTimeout(5000);
  const left = await p.locator(`#ami .stage [data-test-prerendered]`).count();
  const r = await p.evaluate(() => { const b = document.getElementById('ami').getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom), scrollY]; });
  console.log(i, 'left', left, 'box', r, 'requests after scroll', reqs.slice(n0));
  await ctx.close();
}
await b.close();
