import type { LexiconLanguage } from './types';

/** Hungarian (suffixed forms written out). */
export const hu: LexiconLanguage = {
  langs: ['hu'],
  foods: {
    cheese:
      'sajt|sajtot|sajttal|sajtból|sajtra|sajtok|sajtokat|reszelt sajt|reszelt sajtot|trappista|trappista sajt|trappista sajtot|füstölt sajt|füstölt sajtot|juhsajt|tehénsajt|kemény sajt|lapkasajt|pálpusztai',
    edam: 'edami|edami sajt',
    emmental: 'ementáli|ementáli sajt',
    'parmigiano-reggiano': 'parmezán|parmezánt|parmezánnal|parmezán sajt',
    chevre: 'kecskesajt|kecskesajtot|kecske sajt',
    feta: 'fetasajt|fetasajtot|feta sajt',
    'cream-cheese': 'krémsajt|krémsajtot|krémsajttal|mascarpone krémsajt',
    'processed-cheese': 'ömlesztett sajt|ömlesztett sajtot|kenhető sajt',
    'cottage-cheese': 'cottage cheese|cottage sajt|cottage cheese-t',
    'blue-cheese': 'kéksajt|nemespenészes sajt|márványsajt',
    quark: 'túró|túrót|túróval|túróból|tehéntúró|tehéntúrót|zsírszegény túró|sovány túró',
    yogurt: 'joghurt|joghurtot|joghurttal|natúr joghurt|natúr joghurtot|görög joghurt|görög joghurtot',
    kefir: 'kefirt|kefirrel',
    'sour-cream': 'tejföl|tejfölt|tejföllel|tejfölből|zsíros tejföl|zsíros tejfölt',
    butter: 'vajat|vajjal|vajból|vajra|olvasztott vaj|olvasztott vajat|puha vaj',
    ghee: 'tisztított vaj|tisztított vajat|ghí',
    sauerkraut: 'savanyú káposzta|savanyú káposztát|savanyúkáposzta|savanyúkáposztát|savanyított káposzta',
    'egg-yolk': 'tojássárgája|tojássárgáját|tojássárgájával|tojássárgák|tojás sárgája',
    'goose-liver': 'libamáj|libamájat|hízott libamáj',
    'chicken-leg': 'csirkecomb|csirkecombot|csirkecombok|csirkecombokat|csirke felsőcomb|csirke alsócomb',
  },
  strict: {
    butter: 'vaj',
    buttermilk: 'író|írót|íróval',
    'cottage-cheese': 'cottage',
  },
  notFood: 'mogyoróvaj|kakaóvaj|sheavaj|mandulavaj|földimogyoró vaj|sajtszósz|sajtkrémleves',
  context: {
    negationAfter: 'nélkül',
    vegan: 'vegán|növényi|tejmentes',
    plant: 'szója|kókusz|zab|mandula|szójás|kókuszos|zabos|mandulás',
    spread: 'mogyoró|földimogyoró|kakaó|shea|mandula',
    tool: 'reszelő|kés|szeletelő',
  },
  linkers: 'a|az|típusú',
  conjunctions: 'és|vagy|illetve',
};
