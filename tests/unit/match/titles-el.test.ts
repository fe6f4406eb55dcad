/**
 * Greek product titles and ingredient lines with the foods a reader sees in
 * them (unique food ids, in text order) and the net mass in grams each one
 * states, written by hand (null: no mass, a volume, or several pack sizes;
 * multipacks: the total). The grams are the package mass the title
 * states, as the quantity parser reads it (packageAmount).
 */
import { gramTables, type GramRow as Row } from './lang-table';

const titles: Row[] = [
  ['Φέτα ΠΟΠ Δωδώνη 400γρ', ['feta'], 400],
  ['Τυρί φέτα ΠΟΠ βαρέλι 1kg', ['feta'], 1000],
  ['Φέτα σε άλμη Καλαβρύτων 200g', ['feta'], 200],
  ['Λευκό τυρί άλμης 400γρ', ['feta'], 400],
  ['Τελεμές 500g', ['feta'], 500],
  ['Γιαούρτι στραγγιστό 10% 1kg', ['greek-yogurt'], 1000],
  ['Στραγγιστό γιαούρτι ΦΑΓΕ Total 2% 500g', ['greek-yogurt'], 500],
  ['Γιαούρτι αγελάδος 3,5% 200g', ['yogurt'], 200],
  ['Πρόβειο γιαούρτι παραδοσιακό 220g', ['yogurt'], 220],
  ['Γιαούρτι Activia φράουλα 4x200g', ['yogurt'], 800],
  ['Τζατζίκι 250g', ['yogurt'], 250],
  ['Κεφίρ 500ml', ['kefir'], null],
  ['Ξινόγαλο 1lt', ['fermented-milk-drink'], null],
  ['Αριάνι 330ml', ['fermented-milk-drink'], null],
  ['Σκιρ φυσικό 450g', ['skyr'], 450],
  ['Γραβιέρα Κρήτης ΠΟΠ 300g', ['cheese'], 300],
  ['Κεφαλοτύρι ΠΟΠ 250g', ['cheese'], 250],
  ['Κασέρι ΠΟΠ 400g', ['cheese'], 400],
  ['Κεφαλογραβιέρα ΠΟΠ 250g', ['cheese'], 250],
  ['Μανούρι ΠΟΠ 200g', ['cheese'], 200],
  ['Ανθότυρο 500g', ['cheese'], 500],
  ['Μυζήθρα ξερή 300g', ['cheese'], 300],
  ['Τυρί τριμμένο 200g', ['cheese'], 200],
  ['Τυρί Γκούντα φέτες 200g', ['gouda'], 200],
  ['Ένταμ φέτες 175g', ['edam'], 175],
  ['Τυρί Έμενταλ 200g', ['emmental'], 200],
  ['Τσένταρ κόκκινο 200g', ['cheddar'], 200],
  ['Παρμεζάνα τριμμένη 100g', ['parmigiano-reggiano'], 100],
  ['Μοτσαρέλα 125g', ['mozzarella'], 125],
  ['Μοτσαρελίνια 150g', ['mozzarella'], 150],
  ['Ρικότα 250g', ['ricotta'], 250],
  ['Μασκαρπόνε 250g', ['mascarpone'], 250],
  ['Χαλλούμι Κύπρου 225g', ['halloumi'], 225],
  ['Καμαμπέρ 125g', ['camembert'], 125],
  ['Μπρι 200g', ['brie'], 200],
  ['Ροκφόρ 100g', ['roquefort'], 100],
  ['Γκοργκοντζόλα 150g', ['gorgonzola'], 150],
  ['Μπλε τυρί 100g', ['blue-cheese'], 100],
  ['Κατσικίσιο τυρί 150g', ['chevre'], 150],
  ['Τυρί κρέμα 200g', ['cream-cheese'], 200],
  ['Κότατζ 225g', ['cottage-cheese'], 225],
  ['Τηγμένο τυρί σε φέτες 200g', ['processed-cheese'], 200],
  ['Βούτυρο αγελάδος 250g', ['butter'], 250],
  ['Ανάλατο βούτυρο 250g', ['butter'], 250],
  ['Ξινή κρέμα 200g', ['sour-cream'], 200],
  ['Ξινολάχανο 1kg', ['sauerkraut'], 1000],
  ['Κίμτσι 300g', ['kimchi'], 300],
  ['Μπούτια κοτόπουλου 1kg', ['chicken-leg'], 1000],
  ['200 γρ. φέτα θρυμματισμένη', ['feta'], 200],
  ['1 φέτα τυρί γκούντα', ['gouda'], null],
  ['100 γρ. τριμμένο κεφαλοτύρι', ['cheese'], 100],
  ['2 κρόκοι αυγών', ['egg-yolk'], null],
  ['1 κουταλιά βούτυρο', ['butter'], null],
];

/** Look-alikes: slices (φέτα as a slice), peanut and cocoa butter, composite dishes, flavours, plant-based imitations, tools. */
const none: Row[] = [
  ['Μια φέτα ψωμί του τοστ', [], null],
  ['2 φέτες ζαμπόν', [], null],
  ['1 φέτα λεμονιού', [], null],
  ['Φυστικοβούτυρο 350g', [], 350],
  ['Βούτυρο κακάο 100g', [], 100],
  ['Τυρόπιτα χωριάτικη 850g', [], 850],
  ['Πίτσα με τυρί 400g', [], 400],
  ['Σάλτσα τυριού 250g', [], 250],
  ['Γαριδάκια με γεύση τυρί 90g', [], 90],
  ['Γιαούρτι σόγιας 400g', [], 400],
  ['Νηστίσιμο τυρί φέτες 200g', [], 200],
  ['Φυτικό βούτυρο 250g', [], 250],
  ['Τρίφτης για τυρί', [], null],
];

gramTables('Greek', 'el', titles, none);
