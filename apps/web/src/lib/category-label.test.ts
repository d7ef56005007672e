import { describe, expect, it } from 'vitest';
import { categoryLabel, nameGivesAges, numbersIn } from './category-label';

const ages = (min: string, max: string) => `ages ${min}–${max}`;

describe('categoryLabel', () => {
  it('shows a name that already gives the ages once, without repeating them', () => {
    expect(categoryLabel({ name: 'Ages 7–12', minAge: 7, maxAge: 12 }, 'en', ages)).toBe('Ages 7–12');
    expect(categoryLabel({ name: 'อายุ 13–18 ปี', minAge: 13, maxAge: 18 }, 'th', ages)).toBe('อายุ 13–18 ปี');
  });

  it('adds the band to a name that does not say it', () => {
    expect(categoryLabel({ name: 'Juniors', minAge: 7, maxAge: 12 }, 'en', ages)).toBe('Juniors (ages 7–12)');
    // one end only is not the band
    expect(categoryLabel({ name: 'Under 13', minAge: 7, maxAge: 12 }, 'en', ages)).toBe('Under 13 (ages 7–12)');
  });

  it('reads digits of any script, and formats the band in the reader’s digits', () => {
    expect(numbersIn('อายุ ๗–๑๒ ปี')).toEqual([7, 12]);
    expect(numbersIn('အသက် ၁၃–၁၈')).toEqual([13, 18]);
    expect(nameGivesAges({ name: 'អាយុ ៧–១២', minAge: 7, maxAge: 12 })).toBe(true);
    expect(categoryLabel({ name: 'Juniors', minAge: 7, maxAge: 12 }, 'my', ages)).toBe('Juniors (ages ၇–၁၂)');
  });

  it('falls back to the band for a category without a name', () => {
    expect(categoryLabel({ name: ' ', minAge: 7, maxAge: 12 }, 'en', ages)).toBe('ages 7–12');
  });
});
