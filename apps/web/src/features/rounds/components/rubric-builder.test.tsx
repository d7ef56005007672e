import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_RUBRIC } from '@clapper/domain/rubric';
import { describe, expect, it } from 'vitest';
import { draftFromRubric, rubricFromDraft, type RubricDraft } from '../utils/rubric-draft';
import { RubricBuilder } from './rubric-builder';

let latest: RubricDraft | null = null;

function Harness() {
  const [draft, setDraft] = useState(() => draftFromRubric(DEFAULT_RUBRIC));
  latest = draft;
  return <RubricBuilder draft={draft} onChange={setDraft} errors={{}} />;
}

const criterionGroups = () => screen.getAllByRole('group', { name: /^Criterion \d+/ });
const field = (group: HTMLElement, name: RegExp) => within(group).getByRole('spinbutton', { name });

describe('RubricBuilder', () => {
  it('shows each weight as its share of the total, and follows a changed weight', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const first = criterionGroups()[0]!;
    expect(first).toHaveProperty('textContent', expect.stringContaining('30% of the total score'));
    const weights = screen.getByText('Weights as judges see them').parentElement!;
    expect(within(weights).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Security message30%', 'Creativity20%', 'Impact on the target audience25%', 'Production quality15%', 'Respect of the rules10%']);

    const weight = field(first, /^Weight\s*– Criterion 1/);
    await user.clear(weight);
    await user.type(weight, '60');
    // 60 of 130
    expect(first.textContent).toContain('46% of the total score');
    expect(within(weights).getAllByRole('listitem')[1]!.textContent).toBe('Creativity15%');
  });

  it('keeps one level descriptor per score of the scale', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const first = criterionGroups()[0]!;
    const levels = () => within(first).getAllByRole('group', { name: /^Level \d+$/ }).map((g) => g.querySelector('legend')!.textContent);
    expect(levels()).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5']);

    const max = field(first, /^Scale to\s*– Criterion 1/);
    await user.clear(max);
    await user.type(max, '7');
    expect(levels()).toEqual(['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7']);
    expect((within(first).getByRole('textbox', { name: /^Level 6 \(English\)/ }) as HTMLTextAreaElement).value).toBe('');
    expect((within(first).getByRole('textbox', { name: /^Level 5 \(English\)/ }) as HTMLTextAreaElement).value).toMatch(/^The message is accurate, clear and compelling/);

    const min = field(first, /^Scale from\s*– Criterion 1/);
    await user.clear(min);
    await user.type(min, '3');
    expect(levels()).toEqual(['Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7']);
    expect(latest!.criteria[0]!.levels.map((l) => l.score)).toEqual([3, 4, 5, 6, 7]);
  });

  it('adds, removes and reorders criteria, keeping the focus with the work', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add criterion' }));
    expect(criterionGroups()).toHaveLength(6);
    expect(document.activeElement).toBe(within(criterionGroups()[5]!).getByRole('textbox', { name: /^Name \(English\)\s*– Criterion 6/ }));
    await user.keyboard('Safe sharing');
    expect(criterionGroups()[5]!.querySelector('legend')!.textContent).toBe('Criterion 6 · Safe sharing');
    expect(latest!.criteria[5]).toMatchObject({ key: 'criterion-6', weight: '10', scaleMin: '1', scaleMax: '5' });

    await user.click(screen.getByRole('button', { name: 'Remove criterion 2' }));
    expect(criterionGroups()).toHaveLength(5);
    expect(rubricFromDraft(latest!).criteria.map((c) => c.key)).toEqual(['message', 'impact', 'production', 'rules', 'criterion-6']);
    expect(screen.getByRole('status').textContent).toBe('Creativity removed.');

    await user.click(screen.getByRole('button', { name: 'Move criterion 1 down' }));
    expect(latest!.criteria.map((c) => c.key)).toEqual(['impact', 'message', 'production', 'rules', 'criterion-6']);
    // the focus follows the criterion that moved
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move criterion 2 down' }));
    expect(screen.getByRole('status').textContent).toBe('Security message moved to position 2 of 5.');
    expect((screen.getByRole('button', { name: 'Move criterion 1 up' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
