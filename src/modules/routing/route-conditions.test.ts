import { describe, expect, it } from 'vitest';
import { checkConditions, listValues } from './route-conditions.ts';

describe('checkConditions', () => {
  it('accepts every condition and anyOf, removing duplicate list values', () => {
    const raw = {
      categories: ['labour', 'labour', 'medical'],
      streetIds: ['s1'],
      gridIds: ['g1'],
      channels: ['walk_in'],
      minPeople: 1,
      maxPeople: 30,
      minAmountFen: 0,
      maxAmountFen: 100,
      risks: ['major'],
      flags: ['urgent'],
      anyOf: [{ minPeople: 31 }, { risks: ['major'] }],
    };
    const { conditions, errors } = checkConditions(raw);
    expect(errors).toEqual([]);
    expect(conditions).toEqual({ ...raw, categories: ['labour', 'medical'] });
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', [], ['#/conditions']],
    ['an unknown key', { colour: ['red'] }, ['#/conditions/colour']],
    ['an empty list', { categories: [] }, ['#/conditions/categories']],
    ['a list that is a string', { channels: 'walk_in' }, ['#/conditions/channels']],
    ['an unknown channel', { channels: ['walk_in', 'fax'] }, ['#/conditions/channels/1']],
    ['an unknown risk', { risks: ['extreme'] }, ['#/conditions/risks/0']],
    ['an unknown flag', { flags: ['vip'] }, ['#/conditions/flags/0']],
    ['an empty code', { categories: [''] }, ['#/conditions/categories/0']],
    ['a negative number', { minPeople: -1 }, ['#/conditions/minPeople']],
    ['a fraction', { maxAmountFen: 1.5 }, ['#/conditions/maxAmountFen']],
    ['min above max (people)', { minPeople: 10, maxPeople: 5 }, ['#/conditions/maxPeople']],
    ['min above max (amount)', { minAmountFen: 10, maxAmountFen: 5 }, ['#/conditions/maxAmountFen']],
    ['anyOf not a list', { anyOf: { minPeople: 1 } }, ['#/conditions/anyOf']],
    ['anyOf empty', { anyOf: [] }, ['#/conditions/anyOf']],
    ['an empty anyOf entry', { anyOf: [{}] }, ['#/conditions/anyOf/0']],
    [
      'a bad value inside anyOf',
      { anyOf: [{ minPeople: 1 }, { risks: ['x'] }] },
      ['#/conditions/anyOf/1/risks/0'],
    ],
    ['anyOf nested in anyOf', { anyOf: [{ anyOf: [{ minPeople: 1 }] }] }, ['#/conditions/anyOf/0/anyOf']],
  ])('rejects %s', (_name, raw, pointers) => {
    expect(checkConditions(raw).errors.map((e) => e.pointer)).toEqual(pointers);
  });
});

describe('listValues', () => {
  it('collects the values of a list condition with their pointers, anyOf included', () => {
    expect(
      listValues({ categories: ['a'], anyOf: [{ minPeople: 1 }, { categories: ['b', 'c'] }] }, 'categories'),
    ).toEqual([
      { value: 'a', pointer: '#/conditions/categories/0' },
      { value: 'b', pointer: '#/conditions/anyOf/1/categories/0' },
      { value: 'c', pointer: '#/conditions/anyOf/1/categories/1' },
    ]);
  });
});
