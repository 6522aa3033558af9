// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceBrowser } from '../../../../../renderer/src/features/evidence/EvidenceBrowser';
import { makeEvidence } from './make-evidence';

afterEach(cleanup);

const sources = [
  { value: 'council', label: 'Northmoor Borough Council (the council)' },
  { value: 'prov-1', label: 'Harbour Lane Social Work Practice Ltd' },
];
const areas = [
  {
    value: 'leaders',
    label: 'The impact of leaders on social work practice with children and families',
  },
  { value: 'children-in-care', label: 'The experiences and progress of children in care' },
];
const many = Array.from({ length: 10_000 }, (_, n) =>
  makeEvidence(`ev-${n}`, {
    source: n % 2 === 0 ? 'council' : 'prov-1',
    areas: n % 5 === 0 ? ['children-in-care'] : ['leaders'],
    finding: n % 3 === 0 ? 'concern' : 'strength',
    text: `Note number ${n} about the café`,
    author: n % 4 === 0 ? 'Tom Hargreaves' : 'Amara Okafor',
    recordedAt: new Date(Date.UTC(2026, 9, 5) + n * 60_000).toISOString(),
  }),
);

function items(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Evidence' })).getAllByRole('listitem');
}

describe('EvidenceBrowser', () => {
  it('renders one page of 10,000 items, says how many, and shows more on request', () => {
    render(
      <EvidenceBrowser inspectionId="insp-1" evidence={many} sources={sources} areas={areas} />,
    );
    expect(screen.getByRole('status')?.textContent).toContain('10,000 evidence items.');
    expect(items()).toHaveLength(50);
    const newest = items()[0];
    expect(newest?.textContent).toContain('Note number 9999 about the café');
    expect(newest?.textContent).toContain('Harbour Lane Social Work Practice Ltd');
    expect(newest?.textContent).toContain('Serious concern');
    expect(newest?.textContent).toContain('Recorded by Amara Okafor');
    expect(screen.getByText('Showing the newest 50 of 10,000.')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(items()).toHaveLength(100);
    // Focus moves to the first item added, where the reader carries on.
    expect(document.activeElement).toBe(items()[50]);
    expect(items()[50]?.textContent).toContain('Note number 9949 ');
  });

  it('filters and searches, counting the matches, and starts again from the first page', () => {
    render(
      <EvidenceBrowser inspectionId="insp-1" evidence={many} sources={sources} areas={areas} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    fireEvent.change(screen.getByLabelText('Judgement area'), {
      target: { value: 'children-in-care' },
    });
    fireEvent.change(screen.getByLabelText('Recorded by'), { target: { value: 'Tom Hargreaves' } });
    // n ≡ 0 (mod 5) and n ≡ 0 (mod 4): n ≡ 0 (mod 20), 500 of 10,000.
    expect(screen.getByRole('status')?.textContent).toContain(
      '500 of 10,000 evidence items match.',
    );
    expect(items()).toHaveLength(50);
    expect(items()[0]?.textContent).toContain('Note number 9980 ');

    fireEvent.change(screen.getByLabelText('Search evidence'), { target: { value: 'CAFE 9980' } });
    expect(screen.getByRole('status')?.textContent).toContain(
      '1 of 10,000 evidence items matches.',
    );
    expect(items()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();

    fireEvent.change(screen.getByLabelText('Search evidence'), { target: { value: 'nowhere' } });
    expect(screen.getByRole('status')?.textContent).toContain('No evidence matches');

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(screen.getByRole('status')?.textContent).toContain('10,000 evidence items.');
    expect(screen.getByLabelText('Search evidence')).toHaveProperty('value', '');
  });
});
