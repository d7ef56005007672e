import type { PipeTransform } from '@nestjs/common';
import { FieldReason } from '@clapper/domain/refusals';
import { fieldRefusal } from './domain-error.js';

export const countryCodePipe: PipeTransform<string, string> = {
  transform(value: string) {
    if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
    throw fieldRefusal('code', FieldReason.BadFormat, {}, 'must be a two-letter country code such as TH');
  },
};
