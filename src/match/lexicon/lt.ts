import type { LexiconLanguage } from './types';

/**
 * Lithuanian.
 *
 * Where the words come from: the Open Food Facts ingredients taxonomy
 * (src/data/sources/raw/off-taxonomy-extract.json, ODbL: sūris, sviestas,
 * pasukos, grietinė, kefyras, Varškės sūris, Gaudos sūris, Ementalio sūris,
 * Tilžės sūris, Čederis, Parmezanas, Ožkos sūris, feta sūris, kiaušinio
 * trynys); the Lithuanian cheese names (Džiugas, Liliputas) as Lithuanian food
 * pages write them; case forms (genitive "sūrio", "sviesto", accusative
 * "sūrį", "varškę") and store wording ("Varškė 9% 180 g", "Fermentinis sūris
 * GOUDA 45%", "Kefyras 2,5% 1 l") written out by hand.
 *
 * Decisions: "varškė" (fresh curd) and "varškės sūris" (pressed curd
 * cheese) are quark; "grietinė" is sour cream ("grietinėlė", cream, is
 * another word); "varškės sūrelis" (a glazed curd snack) is no food; "be"
 * ("without") is also English "be", so the negated foods ("be sviesto") are
 * no-food phrases of this language rather than a negation word.
 */
export const lt: LexiconLanguage = {
  langs: ['lt'],
  foods: {
    cheese:
      'sūris|sūrio|sūrį|sūriu|sūriai|sūrių|sūrius|fermentinis sūris|fermentinio sūrio|fermentinį sūrį|kietasis sūris|kietojo sūrio|' +
      'tarkuotas sūris|tarkuoto sūrio|tarkuotą sūrį|puskietis sūris|rūkytas sūris|avių sūris|Džiugas|Džiugo|Liliputas|Liliputo|Dvaro sūris',
    gouda: 'Gaudos sūris|Gaudos sūrio|Gauda sūris',
    emmental: 'Ementalio sūris|Ementalio sūrio|Ementalis',
    tilsiter: 'Tilžės sūris|Tilžės sūrio',
    cheddar: 'Čederis|Čederio|Čedaris|Čedario',
    'parmigiano-reggiano': 'parmezanas|parmezano|parmezaną',
    mozzarella: 'mocarela|mocarelos|mocarelą',
    camembert: 'kamamberas|kamambero',
    feta: 'feta sūris|fetos sūris|fetos sūrio|feta sūrio',
    chevre: 'ožkos sūris|ožkos sūrio|ožkų sūris|ožkų pieno sūris|ožkos pieno sūris',
    'blue-cheese': 'pelėsinis sūris|pelėsinio sūrio|mėlynojo pelėsio sūris|su mėlynuoju pelėsiu',
    'cream-cheese':
      'kreminis sūris|kreminio sūrio|grietinėlės sūris|grietinėlės sūrio|tepamasis sūris|tepamojo sūrio',
    'processed-cheese': 'lydytas sūris|lydyto sūrio|lydytą sūrį|lydyti sūriai|lydytas sūrelis',
    quark:
      'varškė|varškės|varškę|varške|varškės sūris|varškės sūrio|liesa varškė|riebi varškė|pusriebė varškė|varškės sūrį',
    'cottage-cheese': 'grūdėta varškė|grūdėtos varškės|grūdėtą varškę|varškė su grietinėle',
    yogurt:
      'jogurtas|jogurto|jogurtą|jogurtu|natūralus jogurtas|natūralaus jogurto|natūralų jogurtą|jogurtai',
    'greek-yogurt': 'graikiškas jogurtas|graikiško jogurto|graikišką jogurtą|graikiško tipo jogurtas',
    kefir: 'kefyras|kefyro|kefyrą|kefyru',
    buttermilk: 'pasukos|pasukų|pasukas|pasukomis',
    'fermented-milk-drink':
      'rūgpienis|rūgpienio|rūgpienį|geriamasis jogurtas|geriamojo jogurto|raugintas pienas',
    'sour-cream': 'grietinė|grietinės|grietinę|grietine|rūgšti grietinė|tiršta grietinė',
    butter:
      'sviestas|sviesto|sviestą|sviestu|sviestui|nesūdytas sviestas|sūdytas sviestas|ištirpintas sviestas|minkštas sviestas|Tradicinis sviestas',
    ghee: 'lydytas sviestas|lydyto sviesto|lydytą sviestą|skaidrintas sviestas',
    sauerkraut:
      'rauginti kopūstai|raugintų kopūstų|raugintus kopūstus|raugintais kopūstais|raugintas kopūstas',
    miso: 'miso pasta|miso pastos',
    'egg-yolk':
      'kiaušinio trynys|kiaušinių tryniai|kiaušinių trynių|trynys|tryniai|trynių|trynį|trynius|tryniais|trynio',
    'goose-liver': 'žąsų kepenys|žąsų kepenėlės|žąsies kepenys',
    'chicken-leg':
      'vištų šlaunelės|vištos šlaunelės|viščiuko šlaunelės|broilerių šlaunelės|vištų blauzdelės|vištos blauzdelės|viščiukų blauzdelės|broilerių blauzdelės|vištų kojos|vištienos šlaunelės|viščiuko kojos',
  },
  // "be" (without) is also English "be": the negated foods are no-food phrases of this language.
  strictNotFood:
    'be sviesto|be sūrio|be varškės|be grietinės|be kefyro|be jogurto|be pasukų|be trynių|be kiaušinių trynių|be raugintų kopūstų|be parmezano|be mocarelos',
  notFood:
    'žemės riešutų sviestas|žemės riešutų sviesto|riešutų sviestas|kakavos sviestas|kakavos sviesto|migdolų sviestas|lazdyno riešutų sviestas|taukmedžio sviestas|' +
    'varškės sūrelis|varškės sūreliai|varškės sūrelių|glaistytas sūrelis|glaistyti sūreliai|varškės pyragas|varškės apkepas|varškėčiai|' +
    'sūrio padažas|sūrio padažu|miso sriuba|vandens kefyras|grietinėlė|grietinėlės',
  context: {
    vegan: 'veganiškas|veganiška|veganiški|veganiškos|augalinis|augalinė|augalinio|augaliniai|be pieno',
    veganAfter: 'veganiškas|veganiška|augalinis|augalinė|augalinės kilmės',
    plant: 'sojų|kokosų|avižų|migdolų|ryžių',
    spread: 'riešutų|kakavos|migdolų|lazdyno riešutų|kokosų|taukmedžio',
    dish: 'padažas|padažu|sriuba|pyragas|lazdelės|traškučiai|apkepas|blyneliai|sūrelis|sūreliai',
    flavour: 'skonio|skoniu|skonis',
    substitute: 'pakaitalas|alternatyva',
  },
  linkers: 'su|iš|tipo',
  conjunctions: 'ir|arba',
};
