// Drives a run's report.html in Debian's Chromium through puppeteer-core, as a reader would:
// clicks a topic (list and map), moves the relevance λ slider with the keyboard, types searches,
// and checks what the page shows against the run's own files (topics.json, articles.csv,
// topic_words_by_month.csv). Saves full-page screenshots at 1400 and 390 pixels wide.
//
// Usage: node report-page.test.mjs RUN_DIR SCREENSHOT_PREFIX
//   CHROMIUM (default /usr/bin/chromium) names the browser; none is ever downloaded.
//   SEARCH_JSON, when set, is `sujets search --json` of the same run: the page must agree.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [runDir, shotPrefix] = process.argv.slice(2);
if (!runDir || !shotPrefix) {
  console.error('usage: node report-page.test.mjs RUN_DIR SCREENSHOT_PREFIX');
  process.exit(2);
}
const html = path.resolve(runDir, 'report.html');
const topics = JSON.parse(fs.readFileSync(path.join(runDir, 'topics.json'), 'utf8')).topics;
const monthWordsCsv = path.join(runDir, 'topic_words_by_month.csv');
const failures = [];
let checks = 0;

function check(ok, what) {
  checks++;
  if (!ok) {
    failures.push(what);
    console.error('  FAIL ' + what);
  }
}

/** Months per topic in topic_words_by_month.csv (topic,month,... with a header). */
function monthsByTopic() {
  const months = new Map();
  if (!fs.existsSync(monthWordsCsv)) return months;
  const lines = fs.readFileSync(monthWordsCsv, 'utf8').split('\n').slice(1).filter((l) => l);
  for (const line of lines) {
    const [topic, month] = line.split(',');
    if (!months.has(Number(topic))) months.set(Number(topic), new Set());
    months.get(Number(topic)).add(month.replace(/^'/, ''));
  }
  return months;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('dialog', async (d) => { problems.push('dialog opened: ' + d.message()); await d.dismiss(); });
  // Nothing but the page itself and its data: URIs may load; anything else is a failure.
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    if (url === pathToFileURL(html).href || url.startsWith('data:')) {
      r.continue();
    } else {
      problems.push('request: ' + url);
      r.abort();
    }
  });
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  const writtenTitle = /<title>([^<]*)<\/title>/.exec(fs.readFileSync(html, 'utf8'))[1];

  console.log('report-page: ' + html);
  const text = (sel) => page.$eval(sel, (e) => e.textContent.trim());
  const visible = (sel) => page.$eval(sel, (e) => !e.hidden && e.getClientRects().length > 0);
  const articles = () => page.$$eval('#articles-list > li .title', (l) => l.map((e) => e.textContent));
  const bars = () => page.$$eval('#word-bars g.bar', (l) => l.map((e) => e.getAttribute('data-word')));

  // Topics first, parameters folded.
  const sections = await page.$$eval('main > section', (l) => l.map((s) => s.id));
  check(sections[0] === 'sujets', 'the first section is the topics, got ' + sections[0]);
  check(sections[sections.length - 1] === 'parametres', 'the parameters come last, got ' + sections.join(','));
  check(!(await page.$eval('#parametres details', (d) => d.open)), 'the parameters are folded');

  // What the bars should show for topic 1 at λ, from the page's own p(w|t) and p(w).
  const embedded = await page.evaluate(() => JSON.parse(document.getElementById('report-data').textContent));
  function expectedBars(lambda) {
    const pwt = embedded.pwt[0];
    return embedded.topics[0].words
      .map((w) => ({ w, r: lambda * Math.log(pwt[w]) + (1 - lambda) * Math.log(pwt[w] / embedded.pw[w]) }))
      .sort((a, b) => b.r - a.r || a.w - b.w).slice(0, 20).map((x) => embedded.words[x.w]);
  }

  // Topic 1 is shown at first, with its articles from topics.json.
  const t1 = topics[0];
  check((await text('#articles-title')) === 'Sujet 1 · ' + t1.label, 'topic 1 shown first: ' + (await text('#articles-title')));
  const first = await articles();
  check(first.length === t1.articles.length && first[0] === (t1.articles[0].title || t1.articles[0].id),
    'topic 1 articles as in topics.json: ' + first[0]);

  // The λ slider, moved with the keyboard: End is λ = 1 (bars by p(w|t), as topics.json's words).
  await page.focus('#lambda');
  await page.keyboard.press('End');
  check((await text('#lambda-value')) === '1,0', 'slider at λ = 1 reads 1,0: ' + (await text('#lambda-value')));
  const atOne = await bars();
  const probable = new Set((t1.probableWords && t1.probableWords.length ? t1.probableWords : t1.words).map((w) => w.word));
  check(atOne.length > 0 && atOne.slice(0, 10).every((w) => probable.has(w)),
    'at λ = 1 the first bars are topics.json\'s most probable words: ' + atOne.slice(0, 10).join(', '));
  await page.keyboard.press('Home');
  check((await text('#lambda-value')) === '0,0', 'slider at λ = 0 reads 0,0');
  const atZero = await bars();
  check(atZero.join('|') === expectedBars(0).join('|'), 'at λ = 0 the bars are the words of highest lift: ' + atZero.slice(0, 5).join(', '));
  check(atOne.join('|') === expectedBars(1).join('|'), 'at λ = 1 the bars are the most probable words');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  check((await text('#lambda-value')) === '0,6', 'six steps right reads 0,6');
  const atRun = await bars();
  if (t1.probableWords && t1.probableWords.length) { // a run's topics.json: its words are ranked at its λ
    const shown = new Set(t1.words.map((w) => w.word));
    check(atRun.slice(0, 5).every((w) => shown.has(w)),
      'at the run\'s λ the first bars are topics.json\'s words: ' + atRun.slice(0, 5).join(', '));
  }

  // Click the last topic in the list, then topic 1 on the map when there is one.
  const last = topics[topics.length - 1];
  await page.click(`tr[data-topic="${last.id}"]`);
  check((await text('#articles-title')) === `Sujet ${last.id} · ${last.label}`, 'clicking a row shows its topic');
  const lastArticles = await articles();
  check(lastArticles[0] === (last.articles[0]?.title || last.articles[0]?.id || 'Aucun article représentatif.'),
    'the clicked topic\'s articles: ' + lastArticles[0]);
  check(await page.$eval(`tr[data-topic="${last.id}"]`, (r) => r.getAttribute('aria-pressed') === 'true'),
    'the clicked row is marked');
  if (topics.length >= 2) {
    check(await visible('#map-panel'), 'the topic map is shown');
    check((await page.$$('circle.map-disc')).length === topics.length, 'one disc per topic on the map');
    // The smallest disc is drawn last, on top: the mouse reaches it; topic 1's, by the keyboard.
    await page.click(`circle.map-disc[data-topic="${last.id}"]`);
    check((await text('#articles-title')) === `Sujet ${last.id} · ${last.label}`, 'clicking a disc shows its topic');
    await page.$eval('circle.map-disc[data-topic="1"]', (c) => c.focus());
    await page.keyboard.press('Enter');
    check((await text('#articles-title')) === 'Sujet 1 · ' + t1.label, 'Enter on a disc shows its topic');
  }

  // Emerging flags, and the views over time when the run has months.
  for (const t of topics) {
    const badge = await page.$eval(`tr[data-topic="${t.id}"]`, (r) => r.querySelector('.badge') !== null);
    check(badge === Boolean(t.emerging), `topic ${t.id}: emerging badge ${badge}, topics.json says ${t.emerging}`);
  }
  const emerging = topics.find((t) => t.emerging);
  if (emerging) {
    await page.click(`tr[data-topic="${emerging.id}"]`);
    check(await visible('#topic-flag'), 'an emerging topic shows its flag');
    check((await text('#topic-flag')).startsWith('Sujet émergent'), 'flag text: ' + (await text('#topic-flag')));
  }
  await page.click('tr[data-topic="1"]');
  check(t1.emerging || !(await visible('#topic-flag')), 'a topic that is not emerging shows no flag');
  const months = monthsByTopic();
  const hasMonths = await page.evaluate(() => JSON.parse(document.getElementById('report-data').textContent).months.keys.length);
  check(await page.$eval('#time-panel', (e) => !e.hidden) === hasMonths > 0, 'the time panel is shown iff the run has months');
  if (hasMonths) {
    const points = await page.$$eval('#topic-curve circle', (l) => l.length);
    check(points === hasMonths, `the curve has one point per month (${points} vs ${hasMonths})`);
    const rows = await page.$$eval('#month-words tbody tr td:first-child', (l) => l.map((e) => e.textContent));
    const want = [...(months.get(1) || [])].sort();
    check(rows.length > 0 && (!fs.existsSync(monthWordsCsv) || rows.every((m) => want.includes(m))),
      `topic 1's words by month come from topic_words_by_month.csv: ${rows.join(',')}`);
    const dated = await page.$$eval('#articles-list .meta', (l) => l.filter((e) => /^\d{4}-\d{2}/.test(e.textContent)).length);
    check(dated > 0, 'the articles show their dates');
  }

  // The search box: a topic's top word finds a topic that holds it among its words.
  const word = t1.words[0].word;
  await page.type('#search', word);
  const status = await text('#search-status');
  check(status.startsWith('Cherché : ' + word), 'search status: ' + status);
  const hits = await page.$$eval('#search-results > li', (l) => l.map((e) => Number(e.getAttribute('data-topic'))));
  check(hits.length > 0, 'the search lists topics');
  const best = topics.find((t) => t.id === hits[0]);
  check(best && best.words.some((w) => w.word === word), `the best hit (topic ${hits[0]}) has ${word} among its words`);
  check((await page.$$eval('#search-results > li:first-child ul li', (l) => l.length)) > 0 || best.articles.length === 0,
    'the best hit lists its articles');
  await page.click('#search-results > li:first-child button');
  check((await text('#articles-title')).startsWith(`Sujet ${hits[0]} ·`), 'clicking a hit shows its topic');
  await page.click('#search', { clickCount: 3 });
  await page.type('#search', 'zzqxw');
  check((await text('#search-status')).startsWith('Aucun mot'), 'an unknown word says so: ' + (await text('#search-status')));
  // A phrase with an elision (pouvoir d'achat, millions d'euros) is one word of the page, as typed.
  const elided = (embedded.words || []).find((w) => w.includes(' ') && w.includes('\''));
  if (elided) {
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#search', elided);
    const read = await text('#search-status');
    check(read === 'Cherché : ' + elided || read.startsWith('Cherché : ' + elided + ' · '), `"${elided}" read as one phrase: ` + read);
  }
  await page.click('#search', { clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.type('#search', word);

  // The same query as `sujets search --json` (SEARCH_JSON): the same topics, in the same order,
  // with the same p(topic | words) to the shown 0.1 %.
  if (process.env.SEARCH_JSON) {
    const terminal = JSON.parse(fs.readFileSync(process.env.SEARCH_JSON, 'utf8'));
    await page.click('#search', { clickCount: 3 });
    await page.keyboard.press('Backspace');
    await page.type('#search', terminal.query);
    check((await text('#search-status')) === 'Cherché : ' + terminal.terms.join(', '),
      `"${terminal.query}" read as ${terminal.terms.join(', ')}: ${await text('#search-status')}`);
    const shown = await page.$$eval('#search-results > li', (l) => l.map((e) => ({
      id: Number(e.getAttribute('data-topic')),
      score: Number(e.querySelector('.score').textContent.replace(/[^0-9,]/g, '').replace(',', '.')) })));
    const wanted = terminal.topics.filter((t, i) => i === 0 || t.score >= 0.01);
    check(shown.map((t) => t.id).join(',') === wanted.map((t) => t.id).join(','),
      `topics for "${terminal.query}": page ${shown.map((t) => t.id)}, sujets search ${wanted.map((t) => t.id)}`);
    check(shown.every((t, i) => wanted[i] && Math.abs(t.score - wanted[i].score * 100) <= 0.11),
      `scores for "${terminal.query}": page ${shown.map((t) => t.score)}, sujets search ${wanted.map((t) => (t.score * 100).toFixed(1))}`);
  }

  // Layout: parameter names never wrap; the page fits a phone.
  await page.$eval('#parametres details', (d) => { d.open = true; });
  const wrapped = await page.$$eval('#parametres th', (l) => l.filter((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
  }).map((e) => e.textContent));
  check(wrapped.length === 0, 'parameter names stay on one line: ' + wrapped.join(', '));
  await page.$eval('#parametres details', (d) => { d.open = false; });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPrefix + '-1400-top.png' });
  await (await page.$('#recherche')).screenshot({ path: shotPrefix + '-1400-search.png' });
  // The panel scrolls inside itself beside the map; unfolded, for a picture of all of it.
  await page.$eval('#topic', (e) => { e.style.maxHeight = 'none'; e.style.position = 'static'; });
  await (await page.$('#topic')).screenshot({ path: shotPrefix + '-1400-topic.png' });
  await page.$eval('#topic', (e) => { e.style.maxHeight = ''; e.style.position = ''; });
  await page.screenshot({ path: shotPrefix + '-1400.png', fullPage: true });
  await page.setViewport({ width: 390, height: 844 });
  await new Promise((r) => setTimeout(r, 300));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  check(overflow <= 391, `nothing wider than a 390 px phone (page is ${overflow}px wide)`);
  const barsWidth = await page.$eval('#word-bars svg', (s) => s.getBoundingClientRect().width);
  check(barsWidth <= 390, `the word bars fit the phone (${barsWidth}px)`);
  await page.screenshot({ path: shotPrefix + '-390.png', fullPage: true });
  await (await page.$('#topic')).screenshot({ path: shotPrefix + '-390-topic.png' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPrefix + '-390-top.png' });

  check((await page.title()) === writtenTitle.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, '\''), 'the page title is unchanged: ' + (await page.title()));
  check(problems.length === 0, 'no error, dialog or request: ' + problems.join(' | '));
} finally {
  await browser.close();
}
console.log(`report-page: ${checks} checks, ${failures.length} failed; screenshots ${shotPrefix}-{1400,390}{,-top,-topic}.png, ${shotPrefix}-1400-search.png`);
process.exit(failures.length ? 1 : 0);
