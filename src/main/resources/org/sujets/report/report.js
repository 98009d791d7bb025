// The script of report.html, inlined by HtmlReportWriter. It reads the run's data from the inert
// JSON block #report-data (built by ReportPageData) and draws with DOM and SVG elements; text
// from the data only ever goes through textContent or setAttribute, never markup.
(function () {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var BARS = 20; // words the bar chart shows at one λ (the job embeds them for every λ of the grid)
  var SEARCH_HITS = 5;
  var SEARCH_ARTICLES = 3;
  var MIN_HIT = 0.01; // topics below 1 % of p(topic | words) are not worth listing
  var node = document.getElementById('report-data');
  var data = node ? JSON.parse(node.textContent) : { topics: [] };
  if (!data.topics || !data.topics.length) { return; }
  var byId = {};
  data.topics.forEach(function (t) { byId[t.id] = t; });
  var state = { id: data.topics[0].id, lambda: data.lambda };

  // ------------------------------------------------------------------ helpers
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function tip(parent, text) { parent.appendChild(svgEl('title', {}, text)); }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function num(x, digits) {
    return x.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  function pct(x, digits) { return num(x * 100, digits === undefined ? 1 : digits) + '\u00a0%'; }
  function shorten(s, max) { return s.length <= max ? s : s.slice(0, max - 1) + '\u2026'; }
  function widthOf(e, fallback) { return Math.max(280, Math.floor(e.clientWidth || fallback)); }
  function newSvg(w, h, label) {
    return svgEl('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img', 'aria-label': label });
  }

  // ------------------------------------------------------------------ map
  function drawMap() {
    var placed = data.topics.filter(function (t) { return typeof t.x === 'number'; });
    var box = $('topic-map');
    if (!box || placed.length < 2) { return; }
    $('map-panel').hidden = false;
    clear(box);
    // Drawn at the box's own width, so that the numbers keep their size on a phone.
    var W = widthOf(box, 600), H = Math.round(Math.min(440, W * 0.72)), pad = 8;
    // Smaller discs when there are many topics, so that fewer of them hide each other.
    var maxR = 48 * Math.min(1, Math.sqrt(10 / placed.length)) * Math.min(1, W / 600);
    var maxP = Math.max.apply(null, placed.map(function (t) { return t.prevalence; }));
    function radius(t) { return Math.max(7, maxR * Math.sqrt(Math.max(0, t.prevalence) / maxP)); }
    var xs = placed.map(function (t) { return t.x; }), ys = placed.map(function (t) { return t.y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var inner = maxR + pad;
    // One scale for both axes: distances on the map keep their meaning.
    var scale = Math.min((W - 2 * inner) / Math.max(maxX - minX, 1e-9), (H - 2 * inner) / Math.max(maxY - minY, 1e-9));
    // No more height than the topics need (two topics lie on one line).
    H = Math.max(Math.round(2 * inner + scale * (maxY - minY)), 160);
    var cx = (W - scale * (maxX - minX)) / 2, cy = (H - scale * (maxY - minY)) / 2;
    function px(t) { return cx + scale * (t.x - minX); }
    function py(t) { return H - (cy + scale * (t.y - minY)); }
    var svg = newSvg(W, H, 'Carte des sujets');
    svg.setAttribute('id', 'map-svg');
    svg.appendChild(svgEl('line', { x1: 0, x2: W, y1: H / 2, y2: H / 2, 'class': 'map-axis' }));
    svg.appendChild(svgEl('line', { x1: W / 2, x2: W / 2, y1: 0, y2: H, 'class': 'map-axis' }));
    placed.slice().sort(function (a, b) { return b.prevalence - a.prevalence; }).forEach(function (t) {
      var g = svgEl('g', {});
      var c = svgEl('circle', { cx: px(t), cy: py(t), r: radius(t), fill: t.color, 'class': 'map-disc',
        tabindex: 0, role: 'button', 'data-topic': t.id, 'aria-label': 'Sujet ' + t.id + ' · ' + t.label });
      tip(c, 'Sujet ' + t.id + ' · ' + t.label + ' (' + pct(t.prevalence) + ')' + (t.emerging ? ' · émergent' : ''));
      c.addEventListener('click', function () { choose(t.id); });
      c.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(t.id); }
      });
      g.appendChild(c);
      g.appendChild(svgEl('text', { x: px(t), y: py(t) + 4.5, 'text-anchor': 'middle', 'class': 'map-id' },
        String(t.id) + (t.emerging ? '\u2197' : '')));
      svg.appendChild(g);
    });
    box.appendChild(svg);
  }

  // ------------------------------------------------------------------ word bars
  function relevance(pwt, pw, lambda) { return lambda * Math.log(pwt) + (1 - lambda) * Math.log(pwt / pw); }

  /** The topic's BARS most relevant words at λ, from its embedded candidates. */
  function rankedWords(t, lambda) {
    var rank = t.id - 1;
    if (!data.pwt || !data.pwt[rank]) { return []; }
    return (t.words || []).filter(function (w) { return data.pwt[rank][w] > 0 && data.pw[w] > 0; })
      .map(function (w) { return { w: w, r: relevance(data.pwt[rank][w], data.pw[w], lambda) }; })
      .sort(function (a, b) { return b.r - a.r || a.w - b.w; })
      .slice(0, BARS)
      .map(function (x) { return x.w; });
  }

  function drawBars() {
    var t = byId[state.id], box = $('word-bars');
    if (!box) { return; }
    clear(box);
    $('lambda-value').textContent = num(state.lambda, 1);
    var shown = rankedWords(t, state.lambda);
    if (!shown.length) {
      box.appendChild(el('p', 'hint', 'Pas de mots pour ce sujet dans la page.'));
      return;
    }
    var rank = t.id - 1, tokens = data.tokens || 1;
    var W = widthOf(box, 560), row = 21, top = 4;
    var labelW = Math.min(170, Math.round(W * 0.36)), right = 8;
    var H = top + row * shown.length + 4;
    var maxCount = 0;
    shown.forEach(function (w) { maxCount = Math.max(maxCount, data.pw[w] * tokens, data.pwt[rank][w] * t.prevalence * tokens); });
    var scale = (W - labelW - right) / maxCount;
    var svg = newSvg(W, H, 'Mots du sujet ' + t.id + ' à λ = ' + num(state.lambda, 1));
    shown.forEach(function (w, i) {
      var y = top + i * row;
      var corpus = data.pw[w] * tokens, inTopic = data.pwt[rank][w] * t.prevalence * tokens;
      var g = svgEl('g', { 'class': 'bar', 'data-word': data.words[w] });
      tip(g, data.words[w] + ' : ' + pct(data.pwt[rank][w], 2) + ' des mots du sujet, '
        + pct(data.pw[w], 3) + ' du corpus ; environ ' + num(inTopic, 0) + ' occurrences dans le sujet sur '
        + num(corpus, 0));
      g.appendChild(svgEl('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end', 'class': 'bar-word' },
        shorten(data.words[w], Math.max(10, Math.floor(labelW / 7.5)))));
      g.appendChild(svgEl('rect', { x: labelW, y: y + 2, width: Math.max(1, corpus * scale), height: row - 5, fill: '#c9cdd2' }));
      g.appendChild(svgEl('rect', { x: labelW, y: y + 2, width: Math.max(1, inTopic * scale), height: row - 5, fill: t.color }));
      svg.appendChild(g);
    });
    box.appendChild(svg);
  }

  // ------------------------------------------------------------------ articles
  function articleItem(a) {
    var li = el('li');
    li.appendChild(el('span', 'title', a.title || a.id));
    var meta = [];
    if (a.date) { meta.push(a.date.slice(0, 10)); }
    meta.push(pct(a.share) + ' de l\u2019article');
    meta.push(a.id);
    li.appendChild(el('span', 'meta', meta.join(' · ')));
    return li;
  }

  function drawArticles() {
    var t = byId[state.id], list = $('articles-list');
    clear(list);
    if (!t.articles.length) { list.appendChild(el('li', null, 'Aucun article représentatif.')); }
    t.articles.forEach(function (a) { list.appendChild(articleItem(a)); });
  }

  // ------------------------------------------------------------------ over time
  function drawCurve() {
    var months = data.months || { keys: [] }, panel = $('time-panel');
    if (!panel || !months.keys.length) { return; }
    panel.hidden = false;
    var t = byId[state.id], box = $('topic-curve'), series = months.shares[t.id - 1] || [];
    clear(box);
    var W = widthOf(box, 560), H = 170, left = 44, right = 10, top = 10, bottom = 24;
    var maxShare = Math.max(0.01, Math.max.apply(null, series.concat([t.baseline || 0])) * 1.1);
    var n = months.keys.length;
    function x(i) { return n === 1 ? (left + W - right) / 2 : left + i * (W - left - right) / (n - 1); }
    function y(v) { return top + (1 - v / maxShare) * (H - top - bottom); }
    var svg = newSvg(W, H, 'Part du sujet ' + t.id + ' par mois');
    svg.appendChild(svgEl('line', { x1: left, x2: W - right, y1: y(0), y2: y(0), 'class': 'curve-axis' }));
    svg.appendChild(svgEl('line', { x1: left, x2: left, y1: top, y2: y(0), 'class': 'curve-axis' }));
    svg.appendChild(svgEl('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', 'class': 'curve-text' }, pct(maxShare, 0)));
    svg.appendChild(svgEl('text', { x: left - 4, y: y(0), 'text-anchor': 'end', 'class': 'curve-text' }, '0'));
    svg.appendChild(svgEl('text', { x: left, y: H - 6, 'class': 'curve-text' }, months.keys[0]));
    if (n > 1) {
      svg.appendChild(svgEl('text', { x: W - right, y: H - 6, 'text-anchor': 'end', 'class': 'curve-text' }, months.keys[n - 1]));
    }
    if (typeof t.baseline === 'number') {
      var base = svgEl('line', { x1: left, x2: W - right, y1: y(t.baseline), y2: y(t.baseline), stroke: '#888',
        'stroke-dasharray': '4 3' });
      tip(base, 'Moyenne des mois précédant le dernier : ' + pct(t.baseline));
      svg.appendChild(base);
    }
    var points = series.map(function (v, i) { return x(i) + ',' + y(v); }).join(' ');
    svg.appendChild(svgEl('polyline', { points: points, stroke: t.color, 'class': 'curve-line' }));
    series.forEach(function (v, i) {
      var dot = svgEl('circle', { cx: x(i), cy: y(v), r: n > 40 ? 2 : 3.5, fill: t.color });
      tip(dot, months.keys[i] + ' : ' + pct(v) + ' (' + num(months.articles[i], 0) + ' articles)');
      svg.appendChild(dot);
    });
    box.appendChild(svg);
    drawMonthWords(t);
  }

  function drawMonthWords(t) {
    var table = $('month-words'), body = table.tBodies[0];
    clear(body);
    var has = t.monthWords && t.monthWords.length;
    table.hidden = !has;
    $('month-words-title').hidden = !has && !data.topics.some(function (o) { return o.monthWords.length; });
    $('month-words-none').hidden = has || !data.topics.some(function (o) { return o.monthWords.length; });
    (t.monthWords || []).forEach(function (m) {
      var tr = el('tr');
      tr.appendChild(el('td', null, m.month));
      tr.appendChild(el('td', null, m.words.join(', ')));
      body.appendChild(tr);
    });
  }

  function drawFlag() {
    var t = byId[state.id], flag = $('topic-flag'), months = data.months || { keys: [] };
    flag.hidden = !t.emerging;
    if (!t.emerging) { return; }
    var last = months.keys.length - 1, rule = data.emergingRule;
    var text = 'Sujet émergent';
    if (last >= 0 && typeof t.baseline === 'number') {
      text += ' : au dernier mois (' + months.keys[last] + '), sa part est de ' + pct(months.shares[t.id - 1][last])
        + ', contre ' + pct(t.baseline) + ' en moyenne sur les ' + rule.trailingMonths + ' mois précédents (seuil : \u00d7 '
        + num(rule.minRatio, 1) + ' et au moins ' + pct(rule.minLastShare, 0) + ').';
    }
    flag.textContent = text;
  }

  // ------------------------------------------------------------------ selection
  function select(id) {
    var t = byId[id];
    if (!t) { return; }
    state.id = id;
    Array.prototype.forEach.call(document.querySelectorAll('tr[data-topic]'), function (r) {
      var on = Number(r.getAttribute('data-topic')) === id;
      r.classList.toggle('selected', on);
      r.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    Array.prototype.forEach.call(document.querySelectorAll('.map-disc'), function (c) {
      var on = Number(c.getAttribute('data-topic')) === id;
      c.classList.toggle('selected', on);
      if (on) { c.parentNode.parentNode.appendChild(c.parentNode); } // drawn last: on top of its neighbours
    });
    var heading = $('articles-title');
    heading.textContent = 'Sujet ' + t.id + ' · ' + t.label;
    heading.style.borderLeftColor = t.color;
    $('key-topic').style.background = t.color;
    drawFlag();
    drawBars();
    drawArticles();
    drawCurve();
  }

  /** A reader's choice: on one column (a phone), the topic's panel is below the list, so go there. */
  function choose(id) {
    select(id);
    var panel = $('topic');
    if (window.matchMedia('(max-width: 1000px)').matches && panel.scrollIntoView) { panel.scrollIntoView(); }
  }

  // ------------------------------------------------------------------ search
  function norm(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2019`]/g, '\'').trim();
  }
  var normalised = (data.words || []).map(norm);
  var exact = {};
  normalised.forEach(function (w, i) {
    if (exact[w] === undefined || data.pw[i] > data.pw[exact[w]]) { exact[w] = i; }
  });

  /**
   * The query as embedded words: the longest phrase first, then a word, then a word it begins. A
   * phrase is matched as written (millions d'euros) or without its elisions; a word without its
   * elision (l'ours is ours).
   */
  function understand(query) {
    var written = norm(query).split(/[\s,;:!?.()"«»]+/)
      .filter(function (x) { return x.replace(/^(?:[ldjmnstc]|qu)'/, '').length > 0; });
    var tokens = written.map(function (x) { return x.replace(/^(?:[ldjmnstc]|qu)'/, ''); });
    var terms = [], unknown = [];
    for (var i = 0; i < tokens.length;) {
      var found = -1, used = 1;
      for (var len = Math.min(5, tokens.length - i); len >= 1 && found < 0; len--) {
        var asWritten = written.slice(i, i + len).join(' '), bare = tokens.slice(i, i + len).join(' ');
        if (len > 1 && exact[asWritten] !== undefined) { found = exact[asWritten]; used = len; }
        else if (exact[bare] !== undefined) { found = exact[bare]; used = len; }
      }
      if (found < 0 && tokens[i].length >= 3) {
        normalised.forEach(function (w, j) {
          if (w.indexOf(' ') < 0 && w.indexOf(tokens[i]) === 0 && (found < 0 || data.pw[j] > data.pw[found])) { found = j; }
        });
      }
      if (found < 0) { unknown.push(tokens[i]); } else if (terms.indexOf(found) < 0) { terms.push(found); }
      i += used;
    }
    return { terms: terms, unknown: unknown };
  }

  /** p(topic | terms) ∝ p(topic) × Π p(w | topic), as topics/TopicSearch computes it. */
  function posterior(terms) {
    var logs = data.topics.map(function (t) {
      var l = Math.log(t.prevalence);
      terms.forEach(function (w) { l += Math.log(data.pwt[t.id - 1][w]); });
      return l;
    });
    var max = Math.max.apply(null, logs);
    var p = logs.map(function (l) { return Math.exp(l - max); });
    var sum = p.reduce(function (a, b) { return a + b; }, 0);
    return p.map(function (x) { return x / sum; });
  }

  function search(query) {
    var status = $('search-status'), list = $('search-results');
    clear(list);
    status.textContent = '';
    if (!query.trim()) { return; }
    var q = understand(query);
    var parts = [];
    if (q.terms.length) { parts.push('Cherché : ' + q.terms.map(function (w) { return data.words[w]; }).join(', ')); }
    if (q.unknown.length) { parts.push('absent des ' + num(data.words.length, 0) + ' mots du rapport : ' + q.unknown.join(', ')); }
    if (!q.terms.length) {
      status.textContent = 'Aucun mot de la recherche n\u2019est dans ce rapport'
        + (q.unknown.length ? ' (' + q.unknown.join(', ') + ')' : '') + ' ; essayez sujets search, qui cherche dans tout le vocabulaire.';
      return;
    }
    status.textContent = parts.join(' · ');
    var p = posterior(q.terms);
    data.topics.map(function (t, i) { return { t: t, p: p[i] }; })
      .sort(function (a, b) { return b.p - a.p || a.t.id - b.t.id; })
      .slice(0, SEARCH_HITS)
      .filter(function (hit, i) { return i === 0 || hit.p >= MIN_HIT; })
      .forEach(function (hit) { list.appendChild(searchHit(hit.t, hit.p, q.terms)); });
  }

  function searchHit(t, score, terms) {
    var li = el('li');
    li.setAttribute('data-topic', t.id);
    var button = el('button', 'hit', 'Sujet ' + t.id + ' · ' + t.label);
    button.type = 'button';
    button.addEventListener('click', function () {
      select(t.id);
      $('topic').scrollIntoView();
    });
    li.appendChild(button);
    li.appendChild(el('span', 'score', ' ' + pct(score)));
    li.appendChild(el('span', 'meta', terms.map(function (w) {
      return data.words[w] + ' : ' + pct(data.pwt[t.id - 1][w], 2) + ' des mots du sujet';
    }).join(' · ')));
    var arts = el('ul');
    t.articles.slice(0, SEARCH_ARTICLES).forEach(function (a) { arts.appendChild(articleItem(a)); });
    li.appendChild(arts);
    return li;
  }

  // ------------------------------------------------------------------ wiring
  Array.prototype.forEach.call(document.querySelectorAll('tr[data-topic]'), function (r) {
    var id = Number(r.getAttribute('data-topic'));
    r.addEventListener('click', function () { choose(id); });
    r.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(id); }
    });
  });
  // A report without word distributions (infer's) has no bars to re-rank.
  $('words-panel').hidden = !(data.words && data.words.length);
  var slider = $('lambda');
  if (slider) {
    slider.value = String(state.lambda);
    slider.addEventListener('input', function () { state.lambda = Number(slider.value); drawBars(); });
  }
  var box = $('search'), form = $('search-form');
  if (box) { box.addEventListener('input', function () { search(box.value); }); }
  if (form) { form.addEventListener('submit', function (e) { e.preventDefault(); search(box.value); }); }
  var lastWidth = window.innerWidth;
  window.addEventListener('resize', function () {
    if (window.innerWidth !== lastWidth) { lastWidth = window.innerWidth; drawMap(); select(state.id); }
  });
  drawMap();
  select(state.id);
})();
