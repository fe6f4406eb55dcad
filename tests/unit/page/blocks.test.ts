// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMatcher } from '../../../src/match';
import { type Block, BlockWalker, pieceAt, type TextFilter } from '../../../src/page/core/blocks';
import { ShadowRootFinder } from '../../../src/page/core/shadow-roots';

const options = (fresh: (el: Element, text: string) => boolean = () => true) => ({
  isFresh: fresh,
  markScanned: () => {},
});

/** The blocks a walk over `roots` hands over, as "TAG:lang:text". */
function blocks(
  roots: Node[],
  filter: TextFilter | null = null,
  fresh?: (el: Element, text: string) => boolean,
) {
  const found: Block[] = [];
  const cursor = new BlockWalker(roots, options(fresh), (b) => found.push(b), filter);
  while (!cursor.done) cursor.next(Number.POSITIVE_INFINITY);
  return found.map((b) => `${b.element.tagName}:${b.lang ?? ''}:${b.text}`).sort();
}

/** A filter firing on texts that contain `word` (the matcher's pre-filter streams; this one looks per text). */
const firesOn = (word: string): TextFilter => ({
  reset() {},
  scan(text, ends, count, hits) {
    let found = 0;
    for (let k = 0, from = 0; k < count; from = ends[k] as number, k++)
      if (text.slice(from, ends[k]).includes(word)) hits[found++] = k;
    return found;
  },
});

beforeEach(() => {
  document.documentElement.lang = 'en';
  document.body.innerHTML = '';
});

describe('block walk', () => {
  it('hands over only blocks with a letter, of any script', () => {
    document.body.innerHTML =
      '<p>12,99 €</p><p>– · ½</p><p>\u0301\u00ad</p><p>Ελιά</p><p>チーズ</p><p>½ Gouda</p><p>\u{1D504}</p>';
    expect(blocks([document])).toEqual(['P:en:½ Gouda', 'P:en:Ελιά', 'P:en:チーズ', 'P:en:\u{1D504}'].sort());
  });

  it.each([
    [
      '<h3><a href="#">Old Amsterdam <b>Gouda</b> 48+</a> <span>400 g</span></h3>',
      ['H3:en:Old Amsterdam Gouda 48+ 400 g'],
    ],
    ['<ul><li>200 g <i>feta</i></li><li>1 cup kefir</li></ul>', ['LI:en:1 cup kefir', 'LI:en:200 g feta']],
    // A nested block with text splits its parent's text; an empty one (a line break, an image) does not.
    ['<li>Gouda <div>sliced</div> 200 g</li>', ['DIV:en:sliced', 'LI:en: 200 g', 'LI:en:Gouda ']],
    // A <br> keeps two lines apart ("Gouda" and "cheese board" are not "Goudacheese").
    ['<p>Gouda<br>cheese <img alt=""> board</p>', ['P:en:Gouda\u2029cheese  board']],
    // Skipped: scripts, form fields, buttons (with what they hold), code, SVG, hidden and editable content.
    ['<script>var brie = 1</script><style>.brie{}</style><textarea>brie</textarea><p>x</p>', ['P:en:x']],
    ['<button><div>Add brie</div></button><pre><div>brie</div></pre><p>x</p>', ['P:en:x']],
    ['<svg><g><text>Brie</text></g></svg><p>x</p>', ['P:en:x']],
    [
      '<div hidden><p>Brie</p></div><div aria-hidden="true"><p>Feta</p></div><div aria-hidden="false"><p>Edam</p></div>',
      ['P:en:Edam'],
    ],
    [
      '<div contenteditable="true"><p>brie</p></div><div contenteditable="false"><p>feta</p></div>',
      ['P:en:feta'],
    ],
    ['<div data-k2lens><p>brie</p></div><p>feta</p>', ['P:en:feta']],
    ['<h3>Gouda <span hidden>Brie</span>200 g</h3>', ['H3:en:Gouda 200 g']],
    // Language: the nearest lang attribute, else the document's.
    [
      '<section lang="de"><p>Käse</p><div lang=""><p>kaas</p></div></section><p>cheese</p>',
      ['P:de:Käse', 'P:en:cheese', 'P:en:kaas'],
    ],
  ])('%s', (html, expected) => {
    document.body.innerHTML = html;
    expect(blocks([document])).toEqual(expected);
  });

  it('hands over whole blocks, and only those, where the filter fires', () => {
    document.body.innerHTML =
      '<ul><li><i>Président</i> Brie <small>2 x 125 g</small></li><li>Bread</li><li>Brie <div>de Meaux</div></li></ul>';
    // "de Meaux" is a block of its own, and the filter does not fire on it.
    expect(blocks([document], firesOn('Brie'))).toEqual(['LI:en:Brie ', 'LI:en:Président Brie 2 x 125 g']);
  });

  it('with the real pre-filter, across chunks of text nodes, finds the blocks the full match would', () => {
    // More text nodes than one chunk of the walk, a food in every seventh line, some split over two nodes.
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      if (i % 7 === 3) lines.push(`<li>${i} g <b>Gou</b>da</li>`);
      else if (i % 7 === 5) lines.push(`<li><i>Président</i> <span>Brie ${i}</span></li>`);
      else lines.push(`<li>Bread <i>${i}</i> g</li>`);
    }
    document.body.innerHTML = `<ul>${lines.join('')}</ul>`;
    const pre = getMatcher().prefilter('en');
    let widest = 0;
    const found = blocks([document], {
      reset: () => pre.reset(),
      scan(text, ends, count, hits) {
        widest = Math.max(widest, count);
        return pre.scan(text, ends, count, hits);
      },
    });
    // The texts were read in chunks of 512 nodes (not node by node).
    expect(widest).toBe(512);
    const expected = [...document.querySelectorAll('li')]
      .map((li) => li.textContent ?? '')
      .filter((t) => getMatcher().find(t, { lang: 'en' }).length > 0)
      .map((t) => `LI:en:${t}`)
      .sort();
    expect(expected.length).toBe(114);
    expect(found).toEqual(expected);
  });

  it("does not read a script's or a style's long text (inline JSON), and reads the texts around it", () => {
    const json = JSON.stringify({ products: Array.from({ length: 50 }, (_, i) => ({ name: `Gouda ${i}` })) });
    document.body.innerHTML = `<p>Old <b>Gouda</b></p><script type="application/json">${json}</script><style>.gouda{}</style><p>Feta</p><p>${'Brie, '.repeat(60)}</p>`;
    const pre = getMatcher().prefilter('en');
    const read: string[] = [];
    const found = blocks([document], {
      reset: () => pre.reset(),
      scan(text, ends, count, hits) {
        read.push(text);
        return pre.scan(text, ends, count, hits);
      },
    });
    expect(found).toEqual([`P:en:${'Brie, '.repeat(60)}`, 'P:en:Feta', 'P:en:Old Gouda']);
    expect(read.join('')).not.toContain('products');
    // The short style text is read with its neighbours (a chunk ends only before a long one).
    expect(read.join('')).toContain('.gouda{}');
  });

  it('reads node by node where the joined text of a chunk differs from its nodes (CDATA sections)', () => {
    document.body.innerHTML = '<p>Bread</p><p>Old <b>Gouda</b> 48+</p><p>Apples</p><p>Feta</p>';
    const joined = Range.prototype.toString;
    // A range that joins one character more than the walked nodes hold.
    const spy = vi.spyOn(Range.prototype, 'toString').mockImplementation(function (this: Range) {
      return `x${joined.call(this)}`;
    });
    try {
      expect(blocks([document], getMatcher().prefilter('en'))).toEqual(['P:en:Feta', 'P:en:Old Gouda 48+']);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it('skips blocks already scanned with the same text', () => {
    document.body.innerHTML = '<p>Gouda</p><p>Feta</p>';
    expect(blocks([document], null, (el) => el.textContent !== 'Gouda')).toEqual(['P:en:Feta']);
  });

  it('rescans the block of an added text or inline element, and nothing in a skipped subtree', () => {
    document.body.innerHTML =
      '<ul id="l"><li id="a">Gou<b>da</b></li><li>Feta</li></ul><div hidden><p id="h">Brie</p></div>';
    const b = document.querySelector('#a b') as Element;
    expect(blocks([b])).toEqual(['LI:en:Gouda']);
    expect(blocks([b.firstChild as Text])).toEqual(['LI:en:Gouda']);
    expect(blocks([document.getElementById('h') as Element])).toEqual([]);
    expect(blocks([(document.getElementById('h') as Element).firstChild as Text])).toEqual([]);
  });

  it('maps an offset in the block text back to its text node', () => {
    document.body.innerHTML = '<h3>Old <b>Gouda</b> 48+</h3>';
    const found: Block[] = [];
    const cursor = new BlockWalker([document], options(), (blk) => found.push(blk));
    cursor.next(Number.POSITIVE_INFINITY);
    const [block] = found;
    expect(block?.pieces.map((p) => p.offset)).toEqual([0, 4, 9]);
    // "Gouda" ends at 9: the badge goes after the <b> text.
    expect(pieceAt(block?.pieces ?? [], 9)).toEqual({
      node: document.querySelector('b')?.firstChild,
      offset: 5,
    });
    expect(pieceAt(block?.pieces ?? [], 13)?.offset).toBe(4);
  });

  it('stops at the deadline and goes on where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 500 }, (_, i) => `<p>item ${i}</p>`).join('');
    const found: Block[] = [];
    const cursor = new BlockWalker([document], options(), (b) => found.push(b));
    cursor.next(0);
    expect(cursor.done).toBe(false);
    expect(found.length).toBeLessThan(500);
    while (!cursor.done) cursor.next(Number.POSITIVE_INFINITY);
    expect(found).toHaveLength(500);
  });
});

describe('open shadow roots', () => {
  // The custom-element listing of large pages (XPath) runs in the real browser: tests/e2e/shadow-roots.e2e.ts.
  it('are found, nested ones too, but not closed ones or those in skipped subtrees', () => {
    document.body.innerHTML =
      '<x-tile id="a"></x-tile><x-tile id="b"></x-tile><div hidden><x-tile id="c"></x-tile></div>';
    const open = (document.getElementById('a') as Element).attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Brie</p><x-inner id="n"></x-inner>';
    const nested = (open.getElementById('n') as Element).attachShadow({ mode: 'open' });
    (document.getElementById('b') as Element).attachShadow({ mode: 'closed' });
    (document.getElementById('c') as Element).attachShadow({ mode: 'open' });
    const finder = new ShadowRootFinder([document], new WeakSet());
    const found: ShadowRoot[] = [];
    while (!finder.done) found.push(...finder.next(Number.POSITIVE_INFINITY));
    expect(found).toEqual([open, nested]);
    expect(blocks([open])).toEqual(['P:en:Brie']);
  });
});
