import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { FormField } from '../../../components/ui/form-field';
import type { Schemas } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { fieldErrorsFrom } from '../../../lib/form-errors';
import { formatFileSize } from '../../../lib/format';
import { GUARDIAN_FORM_MAX_BYTES, useUploadGuardianForm } from '../api/upload-guardian-form';

type Member = Schemas['MemberDto'];
type ConsentState = Schemas['ConsentStateDto'];

const FORM_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const FORM_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** Instead of a link, the team uploads a scan or photo of the guardian's signed form; the coordinator verifies it. */
export function GuardianFormUpload({ entryId, member: m, state }: { entryId: string; member: Member; state: ConsentState }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadGuardianForm(entryId);
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const inputId = `gf-file-${m.id}`;
  const max = formatFileSize(GUARDIAN_FORM_MAX_BYTES, i18n.language);
  // the file's own problems (empty, not one file) or the refusal (not a PDF or image, too large), in the reader's language
  const fileProblems = upload.error ? (fieldErrorsFrom(upload.error, '', t).file ?? []) : [];
  const serverErrors = upload.error ? (fileProblems.length ? fileProblems : [errorMessage(t, upload.error)]) : [];
  const errors = [choiceError, ...serverErrors].filter((x): x is string => Boolean(x));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    if (!file) return setChoiceError(t('consent.form.chooseFirst'));
    if (!FORM_TYPES.includes(file.type) && !FORM_EXTENSIONS.test(file.name)) return setChoiceError(t('consent.form.wrongType'));
    if (file.size > GUARDIAN_FORM_MAX_BYTES) return setChoiceError(t('consent.form.tooLarge', { max }));
    upload.mutate(
      { memberId: m.id, file },
      {
        onSuccess: () => {
          setSent(true);
          setOpen(false);
          setFile(null);
        },
      },
    );
  }

  return (
    <div className="stack">
      {sent ? (
        <p className="notice notice-success" role="status">
          {t('consent.form.sent')}
        </p>
      ) : null}
      {!open ? (
        <div>
          <Button variant="link" aria-expanded={false} onClick={() => setOpen(true)}>
            {state.status === 'pending_verification' ? t('consent.form.replaceFor', { name: m.fullName }) : t('consent.form.openFor', { name: m.fullName })}
          </Button>
        </div>
      ) : (
        <form className="stack subpanel" onSubmit={onSubmit} noValidate>
          <FormField id={inputId} label={t('consent.form.file')} hint={t('consent.form.fileHint', { max })} errors={errors.length ? errors : undefined}>
            {(p) => (
              <input
                {...p}
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                onChange={(e) => {
                  setChoiceError(null);
                  upload.reset();
                  setFile(e.target.files?.[0] ?? null);
                }}
              />
            )}
          </FormField>
          <div className="inline-actions">
            <Button type="submit" variant="secondary" busy={upload.isPending}>
              {upload.isPending ? t('consent.form.uploading') : t('consent.form.uploadFor', { name: m.fullName })}
            </Button>
            <Button variant="link" onClick={() => setOpen(false)}>
              {t('entries.edit.cancel')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
