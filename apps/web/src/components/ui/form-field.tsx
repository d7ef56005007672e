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

function describedByFor(id: string, hint: ReactNode, hasErrors: boolean): string {
  return [hint ? hintIdFor(id) : null, hasErrors ? errorIdFor(id) : null].filter(Boolean).join(' ');
}

/** The hint and the errors under a label; their ids are what aria-describedby points to. */
function HintAndErrors({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={hintIdFor(id)} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors && errors.length ? <FieldErrorText id={errorIdFor(id)} errors={errors} /> : null}
    </>
  );
}

/** A labelled control with its hint and its errors, wired with aria-describedby and aria-invalid. */
export function FormField({ id, label, hint, errors, required, requiredLabel, className, children }: FormFieldProps) {
  const hasErrors = Boolean(errors && errors.length);
  const describedBy = describedByFor(id, hint, hasErrors);
  return (
    <div className={['field', hasErrors ? 'field-invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && requiredLabel ? <span className="field-required"> ({requiredLabel})</span> : null}
      </label>
      <HintAndErrors id={id} hint={hint} errors={errors} />
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
  const describedBy = describedByFor(id, hint, hasErrors);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={['field', 'field-group', hasErrors ? 'field-invalid' : null, className].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field-label">{legend}</legend>
      <HintAndErrors id={id} hint={hint} errors={errors} />
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
