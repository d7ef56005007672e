import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldGroup, FormField } from './form-field';

describe('FormField', () => {
  it('labels the control and describes it with its hint only when valid', () => {
    render(
      <FormField id="f-name" label="Name" hint="As shown on certificates">
        {(p) => <input {...p} />}
      </FormField>,
    );
    const input = screen.getByLabelText('Name');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('f-name-hint');
    expect(document.getElementById('f-name-hint')?.textContent).toBe('As shown on certificates');
  });

  it('marks the control invalid and points aria-describedby at the error text', () => {
    render(
      <FormField id="f-close" label="Submissions close" hint="Asia/Tokyo" errors={['must follow submissionOpensAt', 'must be in the future']}>
        {(p) => <input {...p} type="datetime-local" />}
      </FormField>,
    );
    const input = screen.getByLabelText('Submissions close');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids).toEqual(['f-close-hint', 'f-close-error']);
    expect(document.getElementById('f-close-error')?.textContent).toBe('must follow submissionOpensAt; must be in the future');
  });

  it('describes a fieldset group with its errors', () => {
    render(
      <FieldGroup id="g-codecs" legend="Codecs" errors={['accept at least one codec']}>
        <label>
          <input type="checkbox" /> H.264
        </label>
      </FieldGroup>,
    );
    const group = screen.getByRole('group', { name: 'Codecs' });
    expect(group.getAttribute('aria-describedby')).toBe('g-codecs-error');
    expect(screen.getByText('accept at least one codec').id).toBe('g-codecs-error');
  });
});
