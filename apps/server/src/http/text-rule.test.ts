import { AppError } from '@trellis/core';
import { describe, expect, it } from 'vitest';
import { badTextFields, checkRequestText } from './text-rule.ts';

describe('the text rule at the edge', () => {
  it('finds NUL and lone surrogates anywhere, naming the field', () => {
    expect(
      badTextFields({ name: 'na\u0000me', list: ['ok', '\ud800x'], deep: { low: 'a\udc00' } }, 'body'),
    ).toEqual([
      { field: 'body.name', reason: expect.stringContaining('NUL') },
      { field: 'body.list.1', reason: expect.stringContaining('lone UTF-16 surrogate') },
      { field: 'body.deep.low', reason: expect.stringContaining('lone UTF-16 surrogate') },
    ]);
    expect(badTextFields({ 'k\u0000': 1 }, 'query')).toEqual([
      { field: 'query', reason: expect.stringContaining('a key contains a NUL') },
    ]);
  });

  it('lets every valid text through: pairs of surrogates (emoji), accents, right-to-left text', () => {
    expect(badTextFields({ a: 'Zoë 😀 עברית', b: [1, true, null], c: '\ud83d\ude00' }, 'body')).toEqual([]);
    expect(() =>
      checkRequestText({ params: { id: 'P-A' }, query: { q: 'x' }, body: { ok: 'é' } }),
    ).not.toThrow();
  });

  it('refuses a request with INVALID_INPUT listing the fields', () => {
    const err = (() => {
      try {
        checkRequestText({ params: { id: '\u0000' }, query: { q: 'a\u0000' }, body: Buffer.from('x\u0000') });
      } catch (e) {
        return e;
      }
    })() as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues.map((i) => i.field)).toEqual(['params.id', 'query.q']);
    expect(err.message).toBe('Invalid text in params.id, query.q');
  });
});
