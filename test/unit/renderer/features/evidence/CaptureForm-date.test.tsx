// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { frameworkById } from '../../../../../shared/domain';
import type { AddEvidenceInput } from '../../../../../shared/workbook';
import { CaptureForm } from '../../../../../renderer/src/features/evidence/CaptureForm';

// jsdom lays nothing out, so it has no scrollIntoView.
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'scrollIntoView', {
    value: vi.fn(),
    configurable: true,
  });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const areas = frameworkById('ilacs-2026').areas;
const sources = [{ value: 'council', label: 'Northmoor Borough Council (the council)' }];

describe('CaptureForm date', () => {
  it('questions a date long before the visit and saves only once it is confirmed', async () => {
    const onSave = vi.fn(async (_input: AddEvidenceInput) => ({
      ok: true as const,
      message: 'Evidence saved.',
    }));
    render(
      <CaptureForm
        inspectionId="insp-1"
        sources={sources}
        areas={areas}
        onSite={{ start: '2026-10-05', end: '2026-10-16' }}
        onSave={onSave}
      />,
    );
    fireEvent.click(
      screen.getByLabelText(
        'The impact of leaders on social work practice with children and families',
      ),
    );
    fireEvent.click(screen.getByLabelText('Strength'));
    const note = screen.getByLabelText('What the evidence shows');
    fireEvent.change(note, { target: { value: 'An audit from the spring' } });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: 'March' } });
    fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2026' } });
    await act(async () => {
      fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    });
    expect(onSave).not.toHaveBeenCalled();
    expect(
      screen.getByText(
        /2 March 2026 is more than 14 days before the visit started on 5 October 2026/,
      ),
    ).toBeDefined();
    const confirm = screen.getByLabelText('Yes, the date is right');
    expect(document.activeElement).toBe(confirm);
    // Saving again without confirming is refused, with a linked error.
    await act(async () => {
      fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    });
    expect(onSave).not.toHaveBeenCalled();
    expect(
      screen.getByRole('link', { name: 'Confirm the date is right, or change it' }),
    ).toBeDefined();
    fireEvent.click(confirm);
    await act(async () => {
      fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
    });
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ relatesTo: '2026-03-02' }));
    expect(document.activeElement).toBe(screen.getByLabelText('What the evidence shows'));
    expect(screen.queryByLabelText('Yes, the date is right')).toBeNull();
  });
});
