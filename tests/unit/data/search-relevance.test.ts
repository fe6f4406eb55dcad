/**
 * What the popup search lists first for what people type, in many languages
 * and scripts, over the full index (the dataset's names and the lexicon of
 * every language, as the background builds it).
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { lexiconAliases } from '../../../src/data/search-aliases';
import { buildSearchIndex, searchIndex } from '../../../src/data/search-index';

const index = buildSearchIndex(dataset.foods, lexiconAliases());
const top = (query: string, languages: string[], n: number) =>
  searchIndex(index, query, { limit: n, languages }).map((h) => h.foodId);

/** Query, the user's languages, the food expected first, foods that must not be in the top 3. */
type Case = [query: string, languages: string[], first: string, notTop3?: string[]];

const EN = ['en'];

const CASES: Case[] = [
  // English, exact and prefix: a foreign word or another food's alias does not come first.
  ['feta', EN, 'feta', ['goose-liver', 'processed-cheese']],
  ['skyr', EN, 'skyr', ['cheese', 'chevre', 'processed-cheese', 'cottage-cheese']],
  ['quark', EN, 'quark'],
  ['Quark', EN, 'quark'],
  ['QUARK', EN, 'quark'],
  ['natto', EN, 'natto', ['cheese']],
  ['miso', EN, 'miso'],
  ['kefir', EN, 'kefir'],
  ['goud', EN, 'gouda'],
  ['cottage', EN, 'cottage-cheese'],
  ['cream cheese', EN, 'cream-cheese'],
  ['sour cream', EN, 'sour-cream'],
  ['egg yolk', EN, 'egg-yolk'],
  ['greek yoghurt', EN, 'greek-yogurt'],
  ['goat cheese', EN, 'chevre'],
  ['aged gouda', EN, 'gouda-aged'],
  ['emmentaler', EN, 'emmental'],
  ['emmenthal', EN, 'emmental'],
  ['parmezan', EN, 'parmigiano-reggiano'],
  ['parmigiano regiano', EN, 'parmigiano-reggiano'],
  // Store wording (Australia, New Zealand, the Netherlands, Germany).
  ['tasty cheese', EN, 'cheddar'],
  ['vintage cheddar', EN, 'cheddar'],
  ['tasty', EN, 'cheddar'],
  ['colby jack', EN, 'colby'],
  ['leidse kaas', ['nl'], 'cheese'],
  ['kaas leidse', ['nl'], 'cheese'],
  ['jonge kaas', ['nl'], 'gouda'],
  ['oude kaas', ['nl'], 'gouda-aged'],
  ['alter gouda', ['de'], 'gouda-aged'],
  ['alter Gouda', EN, 'gouda-aged'],
  ['mittelalter gouda', ['de'], 'gouda'],
  // Typos and spelling variants.
  ['gruyer', EN, 'gruyere'],
  ['camembret', EN, 'camembert'],
  ['mozarella', EN, 'mozzarella'],
  ['gorgonzolla', EN, 'gorgonzola'],
  ['leerdamer', EN, 'leerdammer'],
  ['kefier', EN, 'kefir'],
  ['kimchee', EN, 'kimchi'],
  ['brei', EN, 'brie'],
  ['sour crem', EN, 'sour-cream'],
  // Words for cheese, quark, butter, yogurt in other Latin-script languages.
  ['ser', ['pl'], 'cheese'],
  ['ser', EN, 'cheese'],
  ['sýr', ['cs'], 'cheese'],
  ['sýr', EN, 'cheese'],
  ['syr', EN, 'cheese'],
  ['ost', ['sv'], 'cheese'],
  ['ost', EN, 'cheese'],
  ['smør', ['no'], 'butter'],
  ['Käse', ['de'], 'cheese'],
  ['kase', ['de'], 'cheese'],
  ['Frischkäse', ['de'], 'cream-cheese'],
  ['Schmand', ['de'], 'sour-cream'],
  ['fromage', ['fr'], 'cheese'],
  ['fromage', EN, 'cheese'],
  ['chèvre', ['fr'], 'chevre'],
  ['queso', ['de'], 'cheese'],
  ['formaggio', ['it'], 'cheese'],
  ['queijo', ['pt'], 'cheese'],
  ['twaróg', ['pl'], 'quark'],
  ['twarog', EN, 'quark'],
  ['masło', ['pl'], 'butter'],
  ['tvaroh', ['cs'], 'quark'],
  ['túró', ['hu'], 'quark'],
  ['sajt', ['hu'], 'cheese'],
  ['peynir', ['tr'], 'cheese'],
  ['beyaz peynir', ['tr'], 'feta'],
  ['juusto', ['fi'], 'cheese'],
  ['rahka', ['fi'], 'quark'],
  ['varškė', ['lt'], 'quark'],
  ['biezpiens', ['lv'], 'quark'],
  ['kohupiim', ['et'], 'quark'],
  ['skuta', ['sl'], 'quark'],
  ['svježi sir', ['hr'], 'quark'],
  ['sir', ['sr'], 'cheese'],
  ['cașcaval', ['ro'], 'cheese'],
  ['cáis', ['ga'], 'cheese'],
  ['ġobon', ['mt'], 'cheese'],
  ['jogurt', ['hr'], 'yogurt'],
  ['joghurt', ['de'], 'yogurt'],
  // The user's language decides between two foods of the same name.
  ['toma', ['it'], 'cheese'],
  ['toma', EN, 'tomme'],
  ['brinza', ['ro'], 'cheese'],
  ['brinza', EN, 'feta'],
  // Latin query → Cyrillic, Greek and Japanese names.
  ['kashkaval', EN, 'cheese'],
  ['tvorog', EN, 'quark', ['cheese']],
  ['brynza', EN, 'feta'],
  ['ryazhenka', EN, 'fermented-milk-drink'],
  ['prostokvasha', EN, 'fermented-milk-drink'],
  ['kiselo mlyako', EN, 'yogurt'],
  ['sirene', EN, 'feta'],
  ['halumi', EN, 'halloumi'],
  ['motsarella', EN, 'mozzarella'],
  ['nattou', EN, 'natto'],
  ['kimuchi', EN, 'kimchi'],
  ['chiizu', EN, 'cheese'],
  ['yooguruto', EN, 'yogurt'],
  ['bataa', EN, 'butter'],
  // Cyrillic.
  ['кашкавал', ['bg'], 'cheese'],
  ['кашкавал', EN, 'cheese'],
  ['качкавал', ['sr'], 'cheese'],
  ['творог', ['ru'], 'quark'],
  ['гауда', ['ru'], 'gouda'],
  ['моцарелла', ['ru'], 'mozzarella'],
  ['кимчи', ['ru'], 'kimchi'],
  ['кимчи', EN, 'kimchi'],
  ['сыр', ['ru'], 'cheese'],
  ['сир', ['uk'], 'cheese'],
  ['бринза', ['uk'], 'feta'],
  ['сирене', ['bg'], 'feta'],
  ['сирење', ['mk'], 'feta'],
  ['кисело мляко', ['bg'], 'yogurt'],
  ['фета', ['ru'], 'feta'],
  ['ряженка', ['ru'], 'fermented-milk-drink'],
  ['скир', ['ru'], 'skyr'],
  ['скир', ['sv'], 'skyr'],
  ['кварк', ['ru'], 'quark'],
  ['натто', ['ru'], 'natto'],
  ['мисо', EN, 'miso'],
  // Greek.
  ['γιαούρτι', ['el'], 'yogurt'],
  ['γιαούρτι', EN, 'yogurt'],
  ['φέτα', ['el'], 'feta'],
  ['τυρί', ['el'], 'cheese'],
  ['βούτυρο', ['el'], 'butter'],
  ['κεφίρ', ['el'], 'kefir'],
  ['μοτσαρέλα', ['el'], 'mozzarella'],
  // Japanese (kana, half-width kana, kanji).
  ['なっとう', ['ja'], 'natto'],
  ['なっとう', EN, 'natto'],
  ['ナットウ', ['ja'], 'natto'],
  ['ﾅｯﾄｳ', ['ja'], 'natto'],
  ['納豆', EN, 'natto'],
  ['みそ', ['ja'], 'miso'],
  ['味噌', ['ja'], 'miso'],
  ['キムチ', EN, 'kimchi'],
  ['チーズ', ['ja'], 'cheese'],
  ['ちーず', ['ja'], 'cheese'],
  ['ヨーグルト', ['ja'], 'yogurt'],
  ['ゴーダ', ['ja'], 'gouda'],
  ['バター', ['ja'], 'butter'],
  // Korean.
  ['김치', EN, 'kimchi'],
  ['낫토', EN, 'natto'],
  ['치즈', ['ko'], 'cheese'],
  ['요거트', ['ko'], 'yogurt'],
  ['버터', ['ko'], 'butter'],
  // Chinese.
  ['纳豆', EN, 'natto'],
  ['奶酪', ['zh'], 'cheese'],
  ['芝士', ['zh'], 'cheese'],
  ['酸奶', ['zh'], 'yogurt'],
  ['黄油', ['zh'], 'butter'],
];

describe('popup search relevance', () => {
  it('has a broad table', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.flatMap(([, langs]) => langs)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(CASES)('%s (%j) → %s first', (query, languages, first, notTop3 = []) => {
    const hits = top(query, languages, 3);
    expect(hits[0]).toBe(first);
    for (const food of notTop3) expect(hits).not.toContain(food);
  });
});
