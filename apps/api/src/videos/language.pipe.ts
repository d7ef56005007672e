import type { PipeTransform } from '@nestjs/common';
import { FieldReason } from '@clapper/domain/refusals';
import { fieldRefusal } from '../common/domain-error.js';

/**
 * A subtitle language: a BCP 47 primary language with an optional region or script (en, ja, th, pt-BR, zh-Hant),
 * written in its usual case whatever case it came in.
 */
export const languagePipe: PipeTransform<string, string> = {
  transform(value: string): string {
    const m = /^([a-zA-Z]{2,3})(?:-([a-zA-Z]{2}|\d{3}|[a-zA-Z]{4}))?$/.exec(value ?? '');
    if (!m) throw fieldRefusal('language', FieldReason.BadFormat, {}, 'must be a language code like en, ja, th or pt-BR');
    const [, lang, sub] = m;
    if (!sub) return lang.toLowerCase();
    const tail = sub.length === 4 ? sub[0].toUpperCase() + sub.slice(1).toLowerCase() : sub.toUpperCase();
    return `${lang.toLowerCase()}-${tail}`;
  },
};
