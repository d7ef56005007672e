import type { ReactNode } from 'react';
import { errorIdFor, hintIdFor } from '../../lib/form-errors';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FormFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  requiredLabel?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and its errors, wired with aria-describedby and aria-invalid. */
export function FormField({ id, label, hint, errors, required, requiredLabel, className, children }: FormFieldProps) {
  const hasErrors = Boolean(errors && errors.length);
  const describedBy = [hint ? hintIdFor(id) : null, hasErrors ? errorIdFor(id) : null].filter(Boolean).join(' ');
  return (
    <div className={['field', hasErrors ? 'field-invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && requiredLabel ? <span className="field-required"> ({requiredLabel})</span> : null}
      </label>
      {hint ? (
        <p id={hintIdFor(id)} className="field-hint">
          {hint}
        </p>
      ) : null}
      {hasErrors ? <FieldErrorText id={errorIdFor(id)} errors={errors!} /> : null}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': hasErrors ? true : undefined })}
    </div>
  );
}

export interface FieldGroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
}

/** A fieldset for checkbox or radio groups; the summary links to it by id. */
export function FieldGroup({ id, legend, hint, errors, className, children }: FieldGroupProps) {
  const hasErrors = Boolean(errors && errors.length);
  const describedBy = [hint ? hintIdFor(id) : null, hasErrors ? errorIdFor(id) : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['field', 'field-group', hasErrors ? 'field-invalid' : null, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p id={hintIdFor(id)} className="field-hint">
          {hint}
        </p>
      ) : null}
      {hasErrors ? <FieldErrorText id={errorIdFor(id)} errors={errors!} /> : null}
      {children}
    </fieldset>
  );
}

function FieldErrorText({ id, errors }: { id: string; errors: string[] }) {
  return (
    <p id={id} className="field-error">
      {errors.join('; ')}
    </p>
  );
}
