// Paste a page (HTML or text), see it analyzed; optionally store it in the index.
'use strict';

(() => {
  const form = document.getElementById('analyze');

  async function submit(store) {
    const text = document.getElementById('page').value;
    if (!text.trim()) { M.showError('الصق نصًا أولًا'); return; }
    document.getElementById('error').hidden = true;
    const p = new URLSearchParams({format: document.getElementById('format').value});
    const url = document.getElementById('url').value.trim();
    if (url) p.set('url', url);
    try {
      const a = await M.api((store ? '/api/ingest?' : '/api/analyze?') + p.toString(),
        {method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'}, body: text});
      M.renderArticle(document.getElementById('article'), document.getElementById('side'), a);
      if (store) {
        document.getElementById('article').prepend(M.el('p', {class: 'stored'}, 'حُفظ في الفهرس: ',
          M.page('article.html', 'id', a.id, null, 'افتح المقال')));
      }
      document.getElementById('json').replaceChildren(document.createTextNode(M.clean(JSON.stringify(a, null, 2))));
    } catch (e) {
      M.showError(e);
    }
  }

  form.addEventListener('submit', e => { e.preventDefault(); submit(false); });
  document.getElementById('store').addEventListener('click', () => submit(true));
})();
