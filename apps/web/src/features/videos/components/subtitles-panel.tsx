import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { EmptyState, ErrorNotice, Loading } from '../../../components/ui/query-state';
import { problemsOf } from '../../../lib/error-message';
import { languageLabel, subtitleLanguageChoices } from '../../../lib/languages';
import { useDeleteSubtitle } from '../api/delete-subtitle';
import { useSubtitles } from '../api/get-subtitles';
import { useUploadSubtitle } from '../api/upload-subtitle';
import { uploadErrorText } from '../utils/upload-error';

/** Subtitle files per language (.vtt or .srt): the list with delete, and an upload form. */
export function SubtitlesPanel({ entryId, languages, editable, sectionId }: { entryId: string; languages: string[]; editable: boolean; sectionId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useSubtitles(entryId);
  const upload = useUploadSubtitle(entryId);
  const remove = useDeleteSubtitle(entryId);
  const choices = subtitleLanguageChoices(languages, lng);
  const [language, setLanguage] = useState('en');
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const langId = useId();
  const fileId = useId();
  // a refused file lists each problem (a line, a subtitle past the end) in the reader's language; other refusals say why
  const problems = problemsOf(t, upload.error);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setMissingFile(true);
    setMissingFile(false);
    upload.mutate(
      { language, file },
      {
        onSuccess: () => {
          setFile(null);
          setInputKey((k) => k + 1);
        },
      },
    );
  }

  return (
    <section className="panel" id={sectionId} tabIndex={-1} aria-labelledby="entry-subtitles-h">
      <h2 id="entry-subtitles-h">{t('subtitles.title')}</h2>
      <p className="muted">{t('subtitles.lead')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        list.data.length ? (
          <ul className="plain-list subtitle-list">
            {list.data.map((s) => (
              <li key={s.language}>
                <strong>{languageLabel(s.language, lng)}</strong> <span className="muted small">({s.language})</span> ·{' '}
                {t('subtitles.cues', { count: s.cueCount })}
                {editable ? (
                  <>
                    {' '}
                    <Button
                      variant="link"
                      busy={remove.isPending && remove.variables === s.language}
                      onClick={() => remove.mutate(s.language)}
                      aria-label={t('subtitles.deleteFor', { language: languageLabel(s.language, lng) })}
                    >
                      {t('subtitles.delete')}
                    </Button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('subtitles.none')}</EmptyState>
        )
      ) : null}
      {remove.isError ? <ErrorNotice error={remove.error} /> : null}
      {editable ? (
        <form className="stack subtitle-form" onSubmit={onSubmit} noValidate>
          {upload.isError ? (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{t('subtitles.refused')}</p>
              {problems.length ? null : <p>{uploadErrorText(t, upload.error)}</p>}
              {problems.length ? (
                <ul>
                  {problems.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {upload.isSuccess ? (
            <p className="notice notice-success" role="status">
              {t('subtitles.added', { language: languageLabel(upload.data.language, lng) })}
            </p>
          ) : null}
          <div className="grid-2">
            <div className="field">
              <label htmlFor={langId} className="field-label">
                {t('subtitles.language')}
              </label>
              <select id={langId} value={language} onChange={(e) => setLanguage(e.target.value)}>
                {choices.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
            <div className={missingFile ? 'field field-invalid' : 'field'}>
              <label htmlFor={fileId} className="field-label">
                {t('subtitles.file')}
              </label>
              <p id={`${fileId}-hint`} className="field-hint">
                {t('subtitles.fileHint')}
              </p>
              {missingFile ? (
                <p id={`${fileId}-error`} className="field-error">
                  {t('subtitles.chooseFile')}
                </p>
              ) : null}
              <input
                key={inputKey}
                id={fileId}
                type="file"
                accept=".vtt,.srt,text/vtt"
                aria-describedby={missingFile ? `${fileId}-hint ${fileId}-error` : `${fileId}-hint`}
                aria-invalid={missingFile || undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
          </div>
          <div>
            <Button type="submit" variant="secondary" busy={upload.isPending}>
              {t('subtitles.upload')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
