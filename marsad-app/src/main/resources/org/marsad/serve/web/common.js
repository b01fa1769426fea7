// Marsad UI helpers shared by every page. Data is only ever written with text nodes (never innerHTML), links
// are built here from ids, and outside links must be http(s): an article's text can never run as script.
'use strict';

const M = (() => {
  // Bidi embedding, override and isolate controls: they can reorder what a reader sees (a name shown backwards,
  // a link that reads differently), so page text shows them as a visible mark instead of obeying them.
  const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
  const TYPE_NAMES = {PERSON: 'شخص', ORGANIZATION: 'منظمة', LOCATION: 'مكان', MISC: 'أخرى'};

  /** The text as it will be shown: bidi controls made visible and inert. */
  function clean(s) {
    return String(s == null ? '' : s).replace(BIDI_CONTROLS, '\uFFFD');
  }

  /** A new element; attrs only from code (never from data except through safe builders), children as text. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v != null && v !== false) e.setAttribute(k, v === true ? '' : String(v));
    }
    append(e, ...children);
    return e;
  }

  function append(parent, ...children) {
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      parent.append(c instanceof Node ? c : document.createTextNode(clean(c)));
    }
    return parent;
  }

  /** A link to one of our pages with one query parameter, encoded. */
  function page(name, param, value, attrs, ...children) {
    return el('a', Object.assign({}, attrs, {href: name + '?' + param + '=' + encodeURIComponent(value)}), ...children);
  }

  /** An outside URL as a link only when it is plain http(s); anything else (javascript:, data:) stays text. */
  function external(url, label) {
    if (typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url)) {
      return el('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank', dir: 'ltr'}, label || url);
    }
    return url ? el('span', {class: 'inert-url', dir: 'ltr'}, url) : null;
  }

  async function api(path, options) {
    const r = await fetch(path, options);
    const body = await r.json().catch(() => ({error: 'bad-response', message: 'رد غير مفهوم من الخادم'}));
    if (!r.ok) throw new Error(body.message || body.error || ('HTTP ' + r.status));
    return body;
  }

  function showError(err) {
    const p = document.getElementById('error');
    p.hidden = false;
    p.replaceChildren(document.createTextNode(clean('خطأ: ' + (err && err.message ? err.message : err))));
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function day(iso) {
    return iso ? iso.substring(0, 10) : '';
  }

  function typeName(t) {
    return TYPE_NAMES[t] || t;
  }

  /** "date · section · publisher", skipping what is missing; the date kept left to right. */
  function meta(a) {
    const parts = [a.published ? el('bdi', {dir: 'ltr'}, day(a.published)) : null, a.section, a.publisher].filter(Boolean);
    return parts.flatMap((p, i) => i ? [' · ', p] : [p]);
  }

  /** Every annotated span of an article: entity mentions, quotes and events, offsets checked against the body. */
  function spans(a) {
    const n = a.body.length;
    const ok = (s, e) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e <= n && s < e;
    const out = [];
    (a.entities || []).forEach(ent => (ent.mentions || []).forEach(m => {
      if (ok(m.start, m.end)) out.push({kind: 'ent', start: m.start, end: m.end, ent});
    }));
    (a.quotes || []).forEach((q, i) => { if (ok(q.start, q.end)) out.push({kind: 'quote', start: q.start, end: q.end, i}); });
    (a.events || []).forEach((ev, i) => { if (ok(ev.start, ev.end)) out.push({kind: 'event', start: ev.start, end: ev.end, i}); });
    return out;
  }

  /**
   * The body as paragraphs, each stretch of text wrapped by what covers it: entity mentions link to the entity
   * page, quotes and events get their own marks (ids q-N, ev-N on their first stretch, for the side lists).
   */
  function highlightedBody(a) {
    const body = a.body;
    const all = spans(a);
    const cuts = new Set([0, body.length]);
    all.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) { cuts.add(i); cuts.add(i + 1); }
    const points = [...cuts].sort((x, y) => x - y);
    const wrap = el('div', {class: 'body'});
    let para = el('p');
    const firstSeen = new Set();
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k], to = points[k + 1];
      const text = body.substring(from, to);
      if (text === '\n') { wrap.append(para); para = el('p'); continue; }
      const over = all.filter(s => s.start <= from && s.end >= to);
      if (over.length === 0) { append(para, text); continue; }
      const ent = over.find(s => s.kind === 'ent');
      const node = ent ? page('entity.html', 'id', ent.ent.id, null, text) : el('span', {}, text);
      const classes = [];
      if (ent) { classes.push('ent', 'ent-' + ent.ent.type); node.setAttribute('title', clean(ent.ent.name)); }
      for (const s of over) {
        if (s.kind === 'ent') continue;
        classes.push(s.kind === 'quote' ? 'quote' : 'event');
        const anchor = (s.kind === 'quote' ? 'q-' : 'ev-') + s.i;
        if (!firstSeen.has(anchor) && !node.id) { firstSeen.add(anchor); node.id = anchor; }
      }
      node.setAttribute('class', classes.join(' '));
      para.append(node);
    }
    wrap.append(para);
    return wrap;
  }

  /** The article's headline, metadata and highlighted body into `main`; entities, quotes, events into `side`. */
  function renderArticle(main, side, a) {
    const head = [el('h1', {}, a.title || 'بلا عنوان'), el('p', {class: 'meta'}, meta(a))];
    if (a.authors && a.authors.length) head.push(el('p', {class: 'meta'}, 'بقلم: ' + a.authors.join('، ')));
    const src = external(a.url);
    if (src) head.push(el('p', {class: 'meta source'}, 'المصدر: ', src));
    if (a.image) head.push(el('p', {class: 'caption'}, [a.image.caption, a.image.credit].filter(Boolean).join(' — ')));
    main.replaceChildren(...head, legend(), highlightedBody(a));
    side.replaceChildren(entityList(a.entities || []), quoteList(a.quotes || []), eventList(a.events || []));
  }

  function legend() {
    return el('p', {class: 'legend'}, el('span', {class: 'ent ent-PERSON'}, 'شخص'), ' ',
      el('span', {class: 'ent ent-ORGANIZATION'}, 'منظمة'), ' ', el('span', {class: 'ent ent-LOCATION'}, 'مكان'),
      ' ', el('span', {class: 'quote'}, 'تصريح'), ' ', el('span', {class: 'event'}, 'حدث'));
  }

  function section(title, items, empty) {
    return el('section', {class: 'panel'}, el('h2', {}, title, ' ', el('small', {}, '(' + items.length + ')')),
      items.length ? el('ul', {}, items) : el('p', {class: 'none'}, empty));
  }

  function entityList(entities) {
    return section('الكيانات', entities.map(e => el('li', {class: 'entity-item'},
      page('entity.html', 'id', e.id, {class: 'ent ent-' + e.type}, e.name),
      ' ', el('small', {}, typeName(e.type) + ' · ' + (e.mentions || []).length + ' ذكر'),
      e.aliases && e.aliases.length ? el('div', {class: 'aliases'}, 'يُكتب أيضًا: ' + e.aliases.join('، ')) : null)),
    'لم تُستخرج كيانات.');
  }

  function speakerLine(s) {
    const who = s.entity ? page('entity.html', 'id', s.entity, null, s.name || '—') : el('b', {}, s.name || 'غير معروف');
    return el('div', {class: 'speaker'}, who, s.role ? el('span', {class: 'role'}, '، ' + s.role) : null);
  }

  function jump(anchor) {
    return el('a', {href: '#' + anchor, class: 'jump'}, '↩ في النص');
  }

  function quoteList(quotes) {
    return section('التصريحات', quotes.map((q, i) => el('li', {class: 'quote-item'}, speakerLine(q.speaker),
      el('blockquote', {class: q.direct ? 'direct' : 'indirect'}, q.text),
      el('small', {}, [q.cue, q.direct ? 'مباشر' : 'غير مباشر', q.outlet ? 'لـ' + q.outlet : null].filter(Boolean).join(' · ')),
      ' ', jump('q-' + i))), 'لم تُستخرج تصريحات.');
  }

  function actorName(x) {
    if (!x) return '؟';
    return x.entity ? page('entity.html', 'id', x.entity, null, x.name || '—') : (x.name || '؟');
  }

  function eventList(events) {
    return section('الأحداث', events.map((ev, i) => el('li', {class: 'event-item'},
      el('b', {class: 'etype'}, ev.type), ' ', actorName(ev.actor), ' ← ', actorName(ev.target),
      el('div', {}, [ev.trigger, ev.location, ev.date, ev.mode].filter(Boolean).join(' · ')),
      ' ', jump('ev-' + i))), 'لم تُستخرج أحداث.');
  }

  return {clean, el, append, page, external, api, showError, param, day, typeName, meta, renderArticle};
})();
