import type { PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error.js';

export const countryCodePipe: PipeTransform<string, string> = {
  transform(value: string) {
    if (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
    throw new DomainError('validation_failed', 'The address does not name a country.', [
      { field: 'code', messages: ['must be a two-letter country code such as TH'] },
    ]);
  },
};
