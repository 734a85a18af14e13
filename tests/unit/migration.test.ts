import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PonteDatabase, SCHEMA_V1 } from '../../src/data/db';

const name = 'ponte-migration-test';
afterEach(() => Dexie.delete(name));

describe('database migrations', () => {
  it('upgrades a version-1 database without losing favourites, directory or the chosen language', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('favourites').bulkPut([
      { id: 'service:food-bank-distribution', savedAt: 1000 },
      { id: 'rights:right-to-food', savedAt: 2000 },
    ]);
    await v1.table('services').put({ id: 'food-bank-distribution', needs: ['food'] });
    await v1.table('settings').put({ key: 'language', value: 'es' });
    v1.close();

    const db = new PonteDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.removedItems.count()).toBe(0);
    const favourites = await db.favourites.orderBy('saved_at').reverse().toArray();
    expect(favourites).toEqual([
      { id: 'rights:right-to-food', kind: 'rights', ref: 'right-to-food', saved_at: 2000 },
      { id: 'service:food-bank-distribution', kind: 'service', ref: 'food-bank-distribution', saved_at: 1000 },
    ]);
    expect(await db.services.where('needs').equals('food').count()).toBe(1);
    expect(localStorage.getItem('ponte.language')).toBe('es');
    expect(db.tables.map((t) => t.name)).not.toContain('settings');
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });
});
