import { parse } from 'content-disposition';
import { attachment } from './content-disposition.js';

/** what an old client reads (filename only) and what a current one reads (filename*, decoded) */
const names = (header: string) => ({ old: parse(header, { extended: false }).parameters.filename, current: parse(header).parameters.filename });

describe('attachment', () => {
  it('gives an ASCII name as it is, once', () => {
    expect(attachment('results-comp-1a2b3c4d.csv', 'results.csv')).toBe('attachment; filename=results-comp-1a2b3c4d.csv');
    expect(names(attachment('Final round (national).csv'))).toEqual({ old: 'Final round (national).csv', current: 'Final round (national).csv' });
  });

  it('gives old clients the name without its accents, and current ones the name itself', () => {
    const header = attachment('Lê Thị Hồng Nhung.pdf', 'certificate.pdf');
    expect(header).toBe(`attachment; filename="Le Thi Hong Nhung.pdf"; filename*=UTF-8''L%C3%AA%20Th%E1%BB%8B%20H%E1%BB%93ng%20Nhung.pdf`);
    expect(names(header)).toEqual({ old: 'Le Thi Hong Nhung.pdf', current: 'Lê Thị Hồng Nhung.pdf' });
  });

  it('gives old clients the fallback when letters would be lost', () => {
    const header = attachment('TH-0007 ภัยออนไลน์.zip', 'TH-0007.zip');
    expect(header).toBe(`attachment; filename=TH-0007.zip; filename*=UTF-8''${encodeURIComponent('TH-0007 ภัยออนไลน์.zip')}`);
    expect(names(header)).toEqual({ old: 'TH-0007.zip', current: 'TH-0007 ภัยออนไลน์.zip' });
    expect(names(attachment('ภัยออนไลน์.csv'))).toEqual({ old: 'download', current: 'ภัยออนไลน์.csv' });
    // Đ has no accent to take off: it would be lost too
    expect(names(attachment('Đức.pdf', 'certificate.pdf'))).toEqual({ old: 'certificate.pdf', current: 'Đức.pdf' });
  });

  it('keeps quotes, backslashes, percent signs and semicolons out of the old clients’ name, and in the current one', () => {
    const header = attachment('a "b"; c\\d %41.csv', 'x.csv');
    expect(names(header)).toEqual({ old: 'a b cd 41.csv', current: 'a "b"; c\\d %41.csv' });
  });
});
