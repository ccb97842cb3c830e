import { findUnsafeKey } from '../../../src/lib/core/unsafe-keys';

describe('unsafe property names in parsed JSON', () => {
  it.each([
    ['{"__proto__":{"x":1}}', '__proto__'],
    ['{"a":{"b":[1,{"constructor":{}}]}}', 'constructor'],
    ['[{"prototype":1}]', 'prototype'],
    ['{"data":{"vw:voortgang":{"v":1,"data":{"__proto__":null}}}}', '__proto__'],
  ])('finds them at any depth in %s', (json, key) => {
    expect(findUnsafeKey(JSON.parse(json))).toBe(key);
  });

  it('passes ordinary data, including such words as values', () => {
    expect(
      findUnsafeKey(JSON.parse('{"a":["__proto__","constructor"],"b":{"c":null},"d":3}')),
    ).toBeUndefined();
    expect(findUnsafeKey('constructor')).toBeUndefined();
  });

  it('walks deep nesting without running out of stack', () => {
    const deep = '['.repeat(20000) + '{"__proto__":1}' + ']'.repeat(20000);
    expect(findUnsafeKey(JSON.parse(deep))).toBe('__proto__');
  });
});
