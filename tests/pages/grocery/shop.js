(() => {
  const grid = document.getElementById('grid');
  let category = 'all';
  let shown = 24;
  const tile = ([title, price], i) =>
    `<article class="tile" data-i="${i}"><div class="img"></div><h3><a href="#p${i}">${title}</a></h3><span class="price">${price}</span></article>`;
  // Re-renders the whole list from data, replacing every node (like a virtual-DOM list without keys).
  function render() {
    const items = window.DEMO_PRODUCTS.filter((p) => category === 'all' || p[2] === category);
    grid.innerHTML = items.slice(0, shown).map(tile).join('');
  }
  // Appends the next page of tiles without touching the existing ones (infinite scroll).
  function loadMore() {
    const items = window.DEMO_PRODUCTS.filter((p) => category === 'all' || p[2] === category);
    const next = items.slice(shown, shown + 8);
    if (next.length === 0) return;
    grid.insertAdjacentHTML('beforeend', next.map((p, k) => tile(p, shown + k)).join(''));
    shown += next.length;
  }
  document.querySelectorAll('[data-cat]').forEach((b) =>
    b.addEventListener('click', () => {
      category = b.dataset.cat;
      render();
    }),
  );
  document.getElementById('rerender').addEventListener('click', render);
  new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore()).observe(
    document.getElementById('sentinel'),
  );
  window.demoShop = { render, loadMore };
  render();
})();
