import type { LexiconLanguage } from './types';

/** English. */
export const en: LexiconLanguage = {
  langs: ['en'],
  foods: {
    cheese:
      'cheese|cheeses|shredded cheese|grated cheese|cheese blend|cheese curds|cheese curd|hard cheese|farmer cheese|farmers cheese|farmer s cheese|pot cheese|queso|quesos|' +
      'caerphilly cheese|mature caerphilly|traditional caerphilly|welsh caerphilly|gorwydd caerphilly|cheshire cheese|white cheshire|red cheshire|blue cheshire|appleby s cheshire',
    'acid-curd-cheese': 'acid curd cheese|acid-curd cheese|sour milk cheese|sour-milk cheese|harzer cheese',
    colby: 'colby jack cheese|colby jack cheeses|colby block|mild colby',
    // Australian and New Zealand store wording: "Tasty" and "Vintage" are cheddar grades.
    cheddar:
      'tasty cheese|tasty cheese block|tasty slice[s]|tasty block|tasty grated|tasty shredded|extra tasty cheese|' +
      'vintage cheese|vintage tasty|vintage block|vintage slice[s]|extra mature cheddar|mature cheddar cheese',
    'cream-cheese':
      'cream cheese|cream cheeses|creamcheese|cream cheese spread|full fat soft cheese|light soft cheese|low fat soft cheese|whipped cream cheese|neufchatel cream cheese',
    'cottage-cheese': 'cottage cheese|cottage cheeses|small curd cottage cheese|large curd cottage cheese',
    quark: 'curd cheese|quark cheese',
    'blue-cheese':
      'blue cheese|blue cheeses|bleu cheese|blue vein cheese|blue veined cheese|blue mould cheese',
    chevre:
      'goat cheese|goat cheeses|goat s cheese|goats cheese|goat milk cheese|goat s milk cheese|goats milk cheese|goat s curd|goats curd|goat curd',
    emmental: 'swiss cheese|swiss cheeses|baby swiss',
    'processed-cheese':
      'american cheese|american cheeses|processed cheese|process cheese|cheese food|cheese spread|cheese product|pasteurized process cheese|pasteurised processed cheese|' +
      // A bare "cheese slices" may be any sliced cheese (the generic food); "singles" are processed.
      'cheese singles|singles cheese slice[s]|processed cheese slice[s]|american cheese slice[s]',
    'parmigiano-reggiano': 'parmesan cheese|parm|parmesan reggiano',
    'gouda-aged': 'aged gouda|smoked aged gouda',
    // "Munster cheese" on an English page is the American Muenster; the French cheese is named with
    // its AOP, "Géromé", "fermier" or "au lait cru" (names.ts); a bare "Munster" (the Irish province,
    // German Münster) is no food in English.
    'muenster-us': 'munster cheese',
    munster: 'munster gerome|munster géromé|french munster|munster from alsace',
    feta: 'greek feta',
    yogurt:
      'yog[h]urt[s]|yog[h]ourt[s]|natural yog[h]urt|plain yog[h]urt|frozen yog[h]urt|full fat yog[h]urt|whole milk yog[h]urt|bio yog[h]urt|live yog[h]urt|set yog[h]urt|tzatziki|tzatziki (sauce/dip)|raita',
    'greek-yogurt':
      'greek yog[h]urt[s]|greek style yog[h]urt[s]|greek style natural yog[h]urt|strained yog[h]urt|greek yog[h]ourt',
    buttermilk: 'buttermilk|butter milk|cultured buttermilk',
    'fermented-milk-drink':
      'cultured milk|fermented milk|acidophilus milk|drinking yog[h]urt|yog[h]urt drink',
    'sour-cream': '(sour/soured) cream|sourcream|sour creme',
    'creme-fraiche': 'creme fresh',
    butter:
      'butter|butters|unsalted butter|salted butter|sweet cream butter|cultured butter|brown butter|browned butter|butter stick|butter sticks|garlic butter|herb butter|compound butter|honey butter',
    ghee: 'clarified butter|drawn butter|butter oil',
    sauerkraut: 'sauerkraut|sauer kraut|saurkraut',
    miso: 'white miso|red miso|yellow miso|brown miso|sweet miso|miso paste',
    'egg-yolk': 'egg yolk[s]|yolk[s]|egg yoke[s]|yolks of egg[s]',
    'goose-liver': 'goose liver[s]|fattened goose liver|duck foie gras',
    'chicken-leg':
      'chicken leg[s]|chicken thigh[s]|chicken drumstick[s]|chicken leg quarter[s]|chicken quarter[s]|boneless chicken thigh[s]|bone in chicken thigh[s]|skinless chicken thigh[s]',
  },
  elliptic: {
    emmental: 'swiss',
    'blue-cheese': 'blue|bleu',
    chevre: 'goat|goats|goat s',
    'processed-cheese': 'american|white american',
    'monterey-jack': 'jack',
  },
  notFood:
    // Composite dishes and snacks (scored neither way in the corpus; no badge here).
    'mac and cheese|mac & cheese|mac n cheese|mac n  cheese|macaroni and cheese|macaroni & cheese|macaroni cheese|mac and cheeses|' +
    'nacho cheese|nacho cheese sauce|grilled cheese|grilled cheese sandwich|cheese on toast|welsh rarebit|' +
    'cheese and onion|cheese & onion|cheese n onion|sour cream and onion|sour cream & onion|sour cream n onion|' +
    'sour cream and chive|sour cream and chives|sour cream & chive|sour cream & chives|cheddar & sour cream|cheddar and sour cream|' +
    'cream cheese and chive|' +
    'butter cream|butter icing|butter cream frosting|butter chicken|murgh makhani|' +
    'i can t believe it s not butter|not butter|' +
    // False friends.
    'butter beans|butter bean|butter lettuce|butterhead lettuce|butter leaf lettuce|butter squash|butter nut squash|' +
    'cream of tartar|cheese cloth|cheesecloth|cheese plant|' +
    'swiss chard|swiss chards|swiss roll|swiss rolls|swiss meringue|swiss meringue buttercream|swiss steak|swiss army|swiss miss|swiss cake roll[s]|' +
    'american style|blue cheese flavour|goat milk|goat s milk|goats milk|cream of mushroom|cream of chicken|' +
    'water kefir|kefir water|coconut water kefir|kefir grains|milk kefir grains|yogurt starter|yoghurt starter|' +
    'peanut butter|almond butter|cocoa butter|shea butter|apple butter|nut butter|body butter|cookie butter|sunbutter|sun butter|wowbutter|' +
    'miso soup|instant miso soup|miso ramen|' +
    'chicken parm|eggplant parm|aubergine parm|chicken parmesan|eggplant parmesan|aubergine parmesan|veal parmesan',
  context: {
    negation: 'without|no',
    neutral:
      'lactose free|gluten free|sugar free|fat free|salt free|nut free|egg free|soy free|gmo free|preservative free|hormone free|rbst free|antibiotic free|cage free',
    vegan:
      'vegan|vegans|plant based|plant-based|dairy free|dairy-free|non dairy|nondairy|non-dairy|milk free|imitation|' +
      'vegetable based|mock|faux|country crock plant|flora plant',
    plant:
      'plant|plants|soy|soya|coconut|coconut milk|almond|almond milk|oat|oat milk|oatmilk|cashew|cashew milk|rice|hemp|pea|pea protein|macadamia|tofu|nut|nut based|nut milk',
    spread:
      'peanut|almond|cashew|cocoa|cacao|shea|apple|pear|plum|pumpkin|coconut|nut|seed|sunflower|sunflower seed|hazelnut|pistachio|walnut|pecan|macadamia|sesame|soy|soya|mango|cookie|speculoos|biscoff|body|hemp|tahini|pumpkin seed|watermelon seed|chocolate',
    tool: 'grater|graters|knife|knives|slicer|slicers|board|boards|cloth|cloths|plane|dome|wire|cutter|cutters|dish|dishes|churn|churns|curler|bell|crock|keeper|mold|molds|mould|moulds|maker|makers|spreader|spreaders|paddle|warmer|server|stamp|saver|grill|set|machine|fondue set|storage|container|cover|press|culture|cultures|starter|starters|grains|strainer|bag|bags|pan|paper',
    dish: 'sauce|sauces|dip|dips|soup|soups|puffs|balls|straws|crackers|cracker|biscuits|biscuit|scones|scone|twists|toastie|toasties|pizza|pizzas|burger|burgers|fries|danish|danishes|bread|breads|rolls|buns|muffins|cake|cakes|cookies|cookie|tart|tarts|quiche|tortellini|ravioli|pierogi|pasta|noodles|popcorn|nachos|curls|puffs|nips|cheesecake|frosting mix|chicken|beans|bean|lettuce|toffee|mints|pecan|bites|croissant|croissants|pancakes|waffles|fried chicken|covered|coated|raisins|pretzels|dressing mix|seasoning|powder|croutons|enchiladas|grits|omelette|omelet|souffle|stuffed|filled|sandwich|sandwiches|bagel|bagels|steak|steaks',
    flavour:
      'flavour|flavor|flavoured|flavored|flavouring|flavoring|flavours|flavors|taste|extract|essence|style snack|style crisps|style chips',
    substitute: 'substitute|substitutes|alternative|alternatives|replacement|analogue|analog|free',
  },
  // Beginnings of compound words that are no dairy ("peanutbutter", "cocoabutter").
  blockers:
    'peanut|almond|cashew|cocoa|cacao|shea|apple|nut|seed|sunflower|coconut|hazelnut|pistachio|walnut|pecan|macadamia|sesame|soy|cookie|body',
  linkers: 'of|the|a|with|made|from|for|in',
  conjunctions: 'and|or|and or|nor|plus',
};
