import { useEffect, useState } from 'preact/hooks';
import { type DisplayPrefs, UNITS, type Units } from '../../prefs';

export interface OptionsApi {
  load(): Promise<DisplayPrefs>;
  save(value: DisplayPrefs): Promise<string[]>;
}

const UNIT_LABELS: Record<Units, string> = {
  per100g: 'per 100 g',
  perServing: 'per serving',
  perPackage: 'per package (when its weight is known)',
};

export function Options({ api }: { api: OptionsApi }) {
  const [prefs, setPrefs] = useState<DisplayPrefs | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void api.load().then(setPrefs);
  }, [api]);

  if (!prefs) return <p>Loading…</p>;

  const choose = async (units: Units) => {
    const next = { ...prefs, units };
    const problems = await api.save(next);
    if (problems.length > 0) {
      setStatus(problems.join('; '));
    } else {
      setPrefs(next);
      setStatus('Saved.');
    }
  };

  return (
    <main>
      <h1>K2 Lens options</h1>
      <fieldset>
        <legend>Show values</legend>
        {UNITS.map((u) => (
          <label key={u}>
            <input
              type="radio"
              name="units"
              value={u}
              checked={prefs.units === u}
              onChange={() => void choose(u)}
            />
            {UNIT_LABELS[u]}
          </label>
        ))}
      </fieldset>
      <p role="status">{status}</p>
    </main>
  );
}
