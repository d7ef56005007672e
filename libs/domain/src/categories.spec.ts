import { ageFits, fitCategories } from './categories.js';

const juniors = { id: 'junior', minAge: 7, maxAge: 12 };
const seniors = { id: 'senior', minAge: 13, maxAge: 18 };
const open = { id: 'open', minAge: 7, maxAge: 25 };
const REF = '2027-04-01';

describe('ageFits', () => {
  it('includes both ends of the band', () => {
    expect(ageFits(7, juniors)).toBe(true);
    expect(ageFits(12, juniors)).toBe(true);
    expect(ageFits(6, juniors)).toBe(false);
    expect(ageFits(13, juniors)).toBe(false);
  });
});

describe('fitCategories', () => {
  it('chooses the one category every member fits, by age on the reference date', () => {
    // 12 on 2027-04-01 (13 the next day) and 10
    expect(fitCategories(['2014-04-02', '2017-01-01'], REF, [juniors, seniors])).toEqual({ kind: 'one', category: juniors });
    // the birthday on the reference date counts: 13
    expect(fitCategories(['2014-04-01'], REF, [juniors, seniors])).toEqual({ kind: 'one', category: seniors });
  });

  it('lists every category that fits when several do', () => {
    expect(fitCategories(['2016-05-05'], REF, [juniors, seniors, open])).toEqual({ kind: 'several', categories: [juniors, open] });
  });

  it('finds none when the members span two bands, with their ages', () => {
    expect(fitCategories(['2016-05-05', '2012-01-01'], REF, [juniors, seniors])).toEqual({ kind: 'none', ages: [10, 15] });
  });

  it('cannot tell before any real date of birth is given', () => {
    expect(fitCategories([], REF, [juniors])).toEqual({ kind: 'unknown' });
    expect(fitCategories(['', '2014-02-30', 'soon'], REF, [juniors])).toEqual({ kind: 'unknown' });
  });

  it('leaves out a half-typed or future date and decides on the others', () => {
    expect(fitCategories(['2016-05-05', '', '2030-01-01'], REF, [juniors, seniors])).toEqual({ kind: 'one', category: juniors });
  });

  it('finds none in a competition without categories', () => {
    expect(fitCategories(['2016-05-05'], REF, [])).toEqual({ kind: 'none', ages: [10] });
  });
});
