import { describe, expect, it } from 'vitest';
import { pageNumbers } from '../../../../../renderer/src/components/govuk/page-numbers';

describe('pageNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });

  it('shows the first, last, current and neighbours, with gaps between', () => {
    expect(pageNumbers(200, 400)).toEqual([1, 'gap', 199, 200, 201, 'gap', 400]);
    expect(pageNumbers(1, 400)).toEqual([1, 2, 'gap', 400]);
    expect(pageNumbers(400, 400)).toEqual([1, 'gap', 399, 400]);
  });

  it('never puts a gap where only neighbours are missing nothing', () => {
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
