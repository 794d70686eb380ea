import { describe, expect, it } from 'vitest';
import {
  fitsSimpleEditor,
  formFromConditions,
  moveItem,
  ruleConditionsFromForm,
  yuanToFen,
} from './rule-form.ts';

describe('routing rule form', () => {
  it('turns form values into conditions: last Cascader level, yuan to fen, empty inputs left out', () => {
    expect(
      ruleConditionsFromForm({
        categories: [['labour'], ['labour', 'wage_arrears'], ['neighbour', 'noise']],
        streetIds: [],
        channels: ['walk_in'],
        minPeople: 31,
        maxPeople: null,
        minAmountYuan: 1234.5,
        risks: [],
        flags: ['group_incident'],
      }),
    ).toEqual({
      categories: ['labour', 'wage_arrears', 'noise'],
      channels: ['walk_in'],
      minPeople: 31,
      minAmountFen: 123450,
      flags: ['group_incident'],
    });
  });

  it('keeps non-empty "any of" groups only', () => {
    expect(ruleConditionsFromForm({}, [{ minPeople: 31 }, { risks: ['major'] }, { risks: [] }])).toEqual({
      anyOf: [{ minPeople: 31 }, { risks: ['major'] }],
    });
    expect(ruleConditionsFromForm({}, [])).toEqual({});
  });

  it('turns stored conditions back into form values', () => {
    const pathOf = (code: string) => (code === 'wage_arrears' ? ['labour', code] : [code]);
    const form = formFromConditions(
      { categories: ['labour', 'wage_arrears'], maxAmountFen: 5000000 },
      pathOf,
    );
    expect(form.categories).toEqual([['labour'], ['labour', 'wage_arrears']]);
    expect(form.maxAmountYuan).toBe(50000);
    expect(form.minAmountYuan).toBeNull();
    expect(ruleConditionsFromForm(form)).toEqual({
      categories: ['labour', 'wage_arrears'],
      maxAmountFen: 5000000,
    });
  });

  it('rounds yuan to whole fen', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
  });

  it('shows rules with at most two "any of" groups in the simple editor', () => {
    expect(fitsSimpleEditor({ anyOf: [{}, {}] })).toBe(true);
    expect(fitsSimpleEditor({ anyOf: [{}, {}, {}] })).toBe(false);
  });

  it('moves a rule up or down, never past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
