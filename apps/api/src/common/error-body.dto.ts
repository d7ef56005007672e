import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './domain-error.js';

export class FieldError {
  @ApiProperty({ example: 'timeline.submissionClosesAt', description: 'dotted path of the field in the request' })
  field: string;
  @ApiProperty({ type: [String], example: ['must come after submission opens'] })
  messages: string[];
}

/** Every error the API answers has this shape (see all-exceptions.filter.ts). */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;
  @ApiProperty({ enum: Object.keys(ERROR_CODES), example: 'validation_failed' })
  code: ErrorCode;
  @ApiProperty({ example: 'Please correct: email.' })
  message: string;
  @ApiPropertyOptional({ type: [FieldError] })
  fields?: FieldError[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
}
