import { describe, expect, it } from 'vitest';
import { distanceKm, sortByDistance } from '../../src/shared/distance';

describe('distance', () => {
  it('measures a known distance (Madrid Puerta del Sol to Barcelona Plaça de Catalunya ≈ 505 km)', () => {
    const km = distanceKm({ latitude: 40.4169, longitude: -3.7035 }, { latitude: 41.387, longitude: 2.17 });
    expect(km).toBeGreaterThan(500);
    expect(km).toBeLessThan(510);
  });
  it('is zero for the same place and symmetric', () => {
    const a = { latitude: 43.54, longitude: -5.66 };
    const b = { latitude: 43.55, longitude: -5.67 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });
  it('sorts nearest first and puts places without coordinates last', () => {
    const here = { latitude: 43.54, longitude: -5.66 };
    const items = [
      { name: 'far', at: { latitude: 43.6, longitude: -5.7 } },
      { name: 'nowhere', at: undefined },
      { name: 'near', at: { latitude: 43.541, longitude: -5.661 } },
    ];
    expect(sortByDistance(items, here, (i) => i.at).map((r) => r.item.name)).toEqual(['near', 'far', 'nowhere']);
  });
});
