// A large generated directory for benchmarks: the demo services repeated with new ids, places
// and names, and words of their own (invented street and neighbourhood names), so the search
// index's vocabulary and the compressed sizes grow as a real directory's would.
import { loadDemoDirectory } from '../../src/server/hsds/demo-package';
import type { Directory, Service } from '../../src/shared/directory';

const demoDirectory = await loadDemoDirectory();

const SYLLABLES = ['ba', 'ri', 'lo', 'me', 'san', 'tu', 'ca', 'ne', 'vi', 'lla', 'mon', 'go', 'ra', 'des', 'pi', 'co', 'al', 'fe', 'mar', 'ta'];

/** A pronounceable made-up word, different for each seed. */
function word(seed: number): string {
  let w = '';
  for (let n = seed * 2654435761, i = 0; i < 3; i++, n = Math.floor(n / SYLLABLES.length)) w += SYLLABLES[n % SYLLABLES.length];
  return w[0].toUpperCase() + w.slice(1);
}

export function generatedDirectory(serviceCount: number): Directory {
  const base = demoDirectory.services;
  const services: Service[] = Array.from({ length: serviceCount }, (_, n) => {
    const s = base[n % base.length];
    const round = Math.floor(n / base.length);
    if (round === 0) return s; // the real ids stay, so the rights cards' links still hold
    const street = word(n);
    const district = word(n + 7919);
    return {
      ...s,
      id: `${s.id}-${round}`,
      address: {
        ...s.address!,
        address_1: `Calle ${street} ${(n % 90) + 1}`,
        latitude: s.address!.latitude! + ((n * 7919) % 400) / 10000 - 0.02,
        longitude: s.address!.longitude! + ((n * 104729) % 400) / 10000 - 0.02,
      },
      texts: Object.fromEntries(
        Object.entries(s.texts).map(([lang, t]) => [
          lang,
          { ...t, name: `${t.name} — ${district}`, description: `${t.description} ${district}, ${street}.` },
        ]),
      ),
    };
  });
  return { ...demoDirectory, services };
}
