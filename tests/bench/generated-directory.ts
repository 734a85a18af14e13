// A large generated directory for benchmarks: the demo services repeated with new ids, names
// and positions, so sizes and timings are those of a realistic, not a toy, payload.
import { demoDirectory } from '../../src/content';
import type { Directory, Service } from '../../src/shared/directory';

export function generatedDirectory(serviceCount: number): Directory {
  const base = demoDirectory.services;
  const services: Service[] = Array.from({ length: serviceCount }, (_, n) => {
    const s = base[n % base.length];
    const round = Math.floor(n / base.length);
    return {
      ...s,
      // The first round keeps the real ids, so the rights cards' links to services still hold.
      id: round === 0 ? s.id : `${s.id}-${round}`,
      address: { ...s.address, latitude: s.address.latitude + ((n * 7919) % 400) / 10000 - 0.02, longitude: s.address.longitude + ((n * 104729) % 400) / 10000 - 0.02 },
      texts: Object.fromEntries(
        Object.entries(s.texts).map(([lang, t]) => [lang, { ...t, name: round === 0 ? t.name : `${t.name} ${round + 1}` }]),
      ),
    };
  });
  return { ...demoDirectory, services };
}
