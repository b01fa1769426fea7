// The entity page: spellings, a timeline of mentions, the entities named alongside (a graph), who said what.
'use strict';

(async () => {
  const {el, page, api, showError, typeName, day} = M;
  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    if (text != null) e.append(document.createTextNode(M.clean(text)));
    return e;
  }

  /** Mentions per day as bars, oldest on the right (the page reads right to left). */
  function timeline(points) {
    if (!points.length) return el('p', {class: 'none'}, 'لا تواريخ للمقالات.');
    const w = 640, h = 160, pad = 24;
    const max = Math.max(...points.map(p => p.count));
    const step = (w - 2 * pad) / points.length;
    const box = svg('svg', {viewBox: `0 0 ${w} ${h}`, class: 'timeline', role: 'img', 'aria-label': 'الذكر عبر الزمن'});
    points.forEach((p, i) => {
      const bh = Math.max(2, (h - 2 * pad) * p.count / max);
      const x = w - pad - (i + 1) * step;
      const g = svg('g', {class: 'bar'});
      g.append(svg('title', {}, p.date + ': ' + p.count));
      g.append(svg('rect', {x: x + step * 0.15, y: h - pad - bh, width: step * 0.7, height: bh}));
      g.append(svg('text', {x: x + step / 2, y: h - 6, 'text-anchor': 'middle'}, p.date.substring(5)));
      g.append(svg('text', {x: x + step / 2, y: h - pad - bh - 4, 'text-anchor': 'middle'}, String(p.count)));
      box.append(g);
    });
    return box;
  }

  /** The entity in the middle, the ones named in the same articles around it; thicker lines, more articles. */
  function graph(centre, others) {
    if (!others.length) return el('p', {class: 'none'}, 'لا كيانات مرافقة.');
    const w = 640, h = 420, cx = w / 2, cy = h / 2, r = 160;
    const max = Math.max(...others.map(o => o.count));
    const box = svg('svg', {viewBox: `0 0 ${w} ${h}`, class: 'graph', role: 'img', 'aria-label': 'الكيانات المرافقة'});
    const nodes = svg('g');
    others.forEach((o, i) => {
      const angle = 2 * Math.PI * i / others.length - Math.PI / 2;
      const x = cx + r * Math.cos(angle), y = cy + r * Math.sin(angle);
      box.append(svg('line', {x1: cx, y1: cy, x2: x, y2: y, 'stroke-width': 1 + 5 * o.count / max, class: 'edge'}));
      const link = svg('a', {href: 'entity.html?id=' + encodeURIComponent(o.id), class: 'node node-' + o.type});
      link.append(svg('title', {}, o.name + ' — ' + o.count));
      link.append(svg('circle', {cx: x, cy: y, r: 8 + 8 * o.count / max}));
      link.append(svg('text', {x: x, y: y + 30, 'text-anchor': 'middle'}, o.name));
      nodes.append(link);
    });
    const c = svg('g', {class: 'node centre'});
    c.append(svg('circle', {cx, cy, r: 22}));
    c.append(svg('text', {x: cx, y: cy + 42, 'text-anchor': 'middle'}, centre));
    box.append(nodes, c);
    return box;
  }

  function articleLink(x) {
    return page('article.html', 'id', x.article, null, x.title || 'مقال');
  }

  function quotes(list, empty) {
    if (!list.length) return el('p', {class: 'none'}, empty);
    return el('ul', {class: 'quotes'}, list.map(q => el('li', {class: 'quote-item'},
      el('div', {class: 'speaker'}, el('b', {}, q.speaker.name || 'غير معروف'),
        q.speaker.role ? el('span', {class: 'role'}, '، ' + q.speaker.role) : null),
      el('blockquote', {}, q.text),
      el('small', {}, [day(q.published), q.cue].filter(Boolean).join(' · '), ' — ', articleLink(q)))));
  }

  function block(title, ...content) {
    return el('section', {class: 'panel'}, el('h2', {}, title), ...content);
  }

  const id = M.param('id');
  if (!id) { showError('لم يُحدَّد كيان'); return; }
  try {
    const e = await api('/api/entities/' + encodeURIComponent(id));
    document.title = M.clean(e.name) + ' — مرصد';
    document.getElementById('entity').replaceChildren(
      el('h1', {}, e.name, ' ', el('span', {class: 'badge ent ent-' + e.type}, typeName(e.type))),
      el('p', {class: 'meta'}, e.articleCount + ' مقال · ' + e.mentionCount + ' ذكر',
        e.roles.length ? ' · ' + e.roles.join('، ') : ''),
      block('صيغ الاسم', e.aliases.length ? el('ul', {class: 'aliases'}, e.aliases.map(a => el('li', {}, a)))
        : el('p', {class: 'none'}, 'لا صيغ أخرى.')),
      el('div', {class: 'two'}, block('الذكر عبر الزمن', timeline(e.timeline)),
        block('كيانات مرافقة', graph(e.name, e.cooccurring))),
      el('div', {class: 'two'}, block('قال', quotes(e.quotesBy, 'لا تصريحات له.')),
        block('قيل عنه', quotes(e.quotesAbout, 'لا تصريحات تذكره.'))),
      block('الأحداث', e.events.length ? el('ul', {}, e.events.map(v => el('li', {class: 'event-item'},
        el('b', {class: 'etype'}, v.type), ' ', (v.actor && v.actor.name) || '؟', ' ← ', (v.target && v.target.name) || '؟',
        ' — ', articleLink(v)))) : el('p', {class: 'none'}, 'لا أحداث.')),
      block('مواضع الذكر', el('ul', {class: 'mentions'}, e.mentions.map(m => el('li', {},
        '…' + m.before, el('mark', {}, m.text), m.after + '… ', el('small', {}, day(m.published), ' ', articleLink(m)))))));
  } catch (err) {
    showError(err);
  }
})();
