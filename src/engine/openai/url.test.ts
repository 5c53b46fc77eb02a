import { describe, expect, it } from 'vitest';
import { isEngineError } from '../errors.ts';
import { authHeaders, normalizeBaseUrl } from './url.ts';

const kindOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return isEngineError(e) ? e.kind : 'not-an-engine-error';
  }
  return 'no-error';
};

describe('normalizeBaseUrl', () => {
  it.each([
    ['http://host:8000', 'http://host:8000/v1'],
    ['http://host:8000/', 'http://host:8000/v1'],
    ['http://host:8000/v1', 'http://host:8000/v1'],
    ['  http://host:8000/v1/  ', 'http://host:8000/v1'],
    ['http://host:8000/v1/models', 'http://host:8000/v1'],
    ['http://host:8000/v1/chat/completions', 'http://host:8000/v1'],
    ['https://proxy.example/openai/v1', 'https://proxy.example/openai/v1'],
    ['HTTP://LOCALHOST:11434', 'http://localhost:11434/v1'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a url', 'localhost:8000', 'ftp://host/v1', 'http://user:pw@host/v1', 'http://host/v1?x=1', 'ws://host:8000'])(
    'rejects %j as bad-config',
    (input) => {
      expect(kindOf(() => normalizeBaseUrl(input))).toBe('bad-config');
    },
  );

  it('suggests the scheme when it is missing', () => {
    expect(() => normalizeBaseUrl('localhost:8000')).toThrow(/http:\/\/localhost:8000/);
  });
});

describe('authHeaders', () => {
  it('sends a bearer token, dropping a pasted "Bearer " prefix', () => {
    expect(authHeaders(undefined)).toEqual({});
    expect(authHeaders('  ')).toEqual({});
    expect(authHeaders('sk-abc')).toEqual({ Authorization: 'Bearer sk-abc' });
    expect(authHeaders('Bearer sk-abc')).toEqual({ Authorization: 'Bearer sk-abc' });
  });
  it('refuses keys that cannot go in a header', () => {
    expect(kindOf(() => authHeaders('sk-“abc”'))).toBe('bad-config');
    expect(kindOf(() => authHeaders('sk a b'))).toBe('bad-config');
  });
});
