// The article page: the body with entities, quotes and events marked, and the lists beside it.
'use strict';

(async () => {
  const id = M.param('id');
  if (!id) { M.showError('لم يُحدَّد مقال'); return; }
  try {
    const a = await M.api('/api/articles/' + encodeURIComponent(id));
    document.title = M.clean(a.title || 'مقال') + ' — مرصد';
    M.renderArticle(document.getElementById('article'), document.getElementById('side'), a);
  } catch (e) {
    M.showError(e);
  }
})();
