// The search page: words, a date range and facet filters live in the address (shareable, back button works).
'use strict';

(() => {
  const {el, page, api, showError, meta} = M;
  const FILTERS = {section: 'القسم', publisher: 'الناشر', entity: 'الكيانات', speaker: 'المتحدثون', event: 'الأحداث', month: 'الشهر'};
  const SIZE = 10;

  function state() {
    const p = new URLSearchParams(location.search);
    return {q: p.get('q') || '', from: p.get('from') || '', to: p.get('to') || '', section: p.get('section'),
      publisher: p.get('publisher'), entity: p.get('entity'), speaker: p.get('speaker'), event: p.get('event'),
      month: p.get('month'), page: +(p.get('page') || 1)};
  }

  function go(changes) {
    const s = Object.assign(state(), {page: 1}, changes);
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(s)) if (v && !(k === 'page' && v === 1)) p.set(k, v);
    history.pushState(null, '', '?' + p.toString());
    run();
  }

  /** The month facet is a date range: its first and last day. */
  function range(s) {
    if (!s.month) return [s.from, s.to];
    const [y, m] = s.month.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [s.month + '-01', s.month + '-' + String(last).padStart(2, '0')];
  }

  async function run() {
    const s = state();
    document.getElementById('q').value = s.q;
    document.getElementById('from').value = s.from;
    document.getElementById('to').value = s.to;
    const [from, to] = range(s);
    const p = new URLSearchParams({q: s.q, page: s.page, size: SIZE});
    if (from) p.set('from', from);
    if (to) p.set('to', to);
    for (const k of ['section', 'publisher', 'entity', 'speaker', 'event']) if (s[k]) p.set(k, s[k]);
    try {
      const r = await api('/api/search?' + p.toString());
      render(s, r);
    } catch (e) {
      showError(e);
    }
  }

  function render(s, r) {
    document.getElementById('total').replaceChildren(document.createTextNode(r.total + ' نتيجة'));
    document.getElementById('filters').replaceChildren(...Object.keys(FILTERS).filter(k => s[k]).map(k =>
      el('button', {type: 'button', class: 'chip', 'data-filter': k}, FILTERS[k] + ': ' + label(r, k, s[k]) + ' ✕')));
    document.querySelectorAll('#filters .chip').forEach(b =>
      b.addEventListener('click', () => go({[b.dataset.filter]: null})));
    document.getElementById('hits').replaceChildren(...r.hits.map(h => el('li', {class: 'hit'},
      el('h3', {}, page('article.html', 'id', h.id, {class: 'hit-title'}, h.title || 'بلا عنوان')),
      el('p', {class: 'meta'}, meta(h)),
      snippet(h))));
    facets(s, r.facets);
    pages(s, r);
  }

  function label(r, k, v) {
    const f = (r.facets[k] || []).find(x => x.value === v);
    return f ? f.label : v;
  }

  function snippet(h) {
    const p = el('p', {class: 'snippet'});
    let at = 0;
    for (const [a, b] of h.marks) {
      M.append(p, h.snippet.substring(at, a), el('mark', {}, h.snippet.substring(a, b)));
      at = b;
    }
    M.append(p, h.snippet.substring(at));
    return p;
  }

  function facets(s, all) {
    const box = document.getElementById('facets');
    box.replaceChildren(...Object.keys(FILTERS).map(k => el('section', {class: 'facet', 'data-facet': k},
      el('h2', {}, FILTERS[k]),
      (all[k] || []).length ? el('ul', {}, all[k].map(f => el('li', {},
        el('button', {type: 'button', class: s[k] === f.value ? 'facet-value active' : 'facet-value',
          'data-facet': k, 'data-value': f.value}, f.label), ' ', el('small', {}, String(f.count)))))
        : el('p', {class: 'none'}, '—'))));
    box.querySelectorAll('button.facet-value').forEach(b => b.addEventListener('click', () =>
      go({[b.dataset.facet]: b.dataset.value, ...(b.dataset.facet === 'month' ? {from: null, to: null} : {})})));
  }

  function pages(s, r) {
    const last = Math.max(1, Math.ceil(r.total / SIZE));
    const nav = document.getElementById('pages');
    const prev = el('button', {type: 'button', disabled: s.page <= 1}, 'السابق');
    const next = el('button', {type: 'button', disabled: s.page >= last}, 'التالي');
    prev.addEventListener('click', () => go({page: s.page - 1, ...keep(s)}));
    next.addEventListener('click', () => go({page: s.page + 1, ...keep(s)}));
    nav.replaceChildren(prev, el('span', {}, ' صفحة ' + s.page + ' من ' + last + ' '), next);
  }

  function keep(s) {
    const {page: _, ...rest} = s;
    return rest;
  }

  document.getElementById('search').addEventListener('submit', e => {
    e.preventDefault();
    go({q: document.getElementById('q').value.trim(), from: document.getElementById('from').value,
      to: document.getElementById('to').value, month: null});
  });
  window.addEventListener('popstate', run);
  run();
})();
