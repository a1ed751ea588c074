import { describe, expect, it } from 'vitest';
import { entityDefinitions } from './entity-definitions.ts';
import { entityNames } from './entity-name.ts';
import { ownerReferenceOf } from './find-stage-problems.ts';

describe('entityDefinitions', () => {
  it.each(entityNames)('%s is well formed', (entity) => {
    const def = entityDefinitions[entity];
    expect(def.entity).toBe(entity);
    expect(def.columns[0]?.name).toBe('external_id');
    const names = def.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of def.columns) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/);
      if (c.required) expect(c.fallback).toBeNull();
      if (c.references?.sameOwner) expect(ownerReferenceOf(def, c.references).references).toBeDefined();
    }
  });

  it('references point at entities imported earlier', () => {
    const tables = entityNames.map((e) => entityDefinitions[e].table);
    entityNames.forEach((entity, i) => {
      for (const c of entityDefinitions[entity].columns) {
        if (c.references) expect(tables.indexOf(c.references.table)).toBeLessThan(i);
      }
    });
  });

  it('a sameOwner that names no reference column is a programming error', () => {
    const def = entityDefinitions.evaluations;
    expect(() => ownerReferenceOf(def, { table: 't', as: 'a', label: 'l', sameOwner: 'competency' })).toThrow(
      'evaluations: sameOwner "competency" is not a reference column of the entity',
    );
  });
});
