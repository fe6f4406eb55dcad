import type { LexiconLanguage } from './types';

/**
 * Macedonian (Cyrillic). Inflected and definite forms are written out.
 *
 * Where the words come from: the Macedonian names of the Open Food Facts
 * ingredients taxonomy (ODbL): сирење, Бело сирење (filed under feta), сино
 * сирење, Кефир, матеница, Павлака, Путер, кисела зелка, Ементалер, Едамер,
 * Камамбер, Моцарела, маскарпоне, Горгонѕола.
 *
 * Decisions (as in bg.ts): "сирење" (white cheese in brine) is `feta`, with
 * its variety ("сирење Моцарела") that variety; "кашкавал" is the generic
 * cheese; "кисело млеко" and "јогурт" are yogurt; "масло" (oil) is no food.
 */
export const mk: LexiconLanguage = {
  langs: ['mk'],
  foods: {
    cheese: 'тврдо сирење|жолто сирење',
    feta:
      'сирење|сирењето|бело сирење|белото сирење|кравјо сирење|кравјото сирење|овчо сирење|овчото сирење|сирење во саламура|' +
      'сирење фета',
    'processed-cheese': 'топено сирење|топеното сирење|топени сирења',
    'cream-cheese': 'крем сирење|крем сирењето|сирење крем',
    'blue-cheese': 'сино сирење|синото сирење',
    chevre: 'козјо сирење|козјото сирење',
    emmental: 'ементалер|сирење ементалер',
    edam: 'едамер|сирење едамер',
    gouda: 'сирење гауда',
    camembert: 'сирење камамбер',
    mozzarella: 'моцарела|сирење моцарела',
    gorgonzola: 'горгонѕола|сирење горгонѕола',
    'parmigiano-reggiano': 'сирење пармезан',
    yogurt: 'јогуртот',
    buttermilk: 'матеница|матеницата',
    'sour-cream': 'павлаката|кисела павлака',
    butter: 'путерот',
    sauerkraut: 'кисела зелка|киселата зелка|кисела зелја',
    'egg-yolk': 'жолчка|жолчки|жолчката',
  },
  notFood: 'слатка павлака',
  context: {
    negation: 'без',
    vegan: 'веганско|веганска|вегански|растително|растителна|посно|посна',
    spread: 'кикирики',
    dishBefore:
      'пита|пити|питка|бурек|бурекот|пица|пици|леб|лепче|тост|сендвич|чипс|крекери|сос|супа|гибаница|зелник|палачинки|торта|колач',
    flavourBefore: 'вкус|вкус на|со вкус на',
  },
  linkers: 'со|од|за|во|на|тип',
  conjunctions: 'и|или',
};
