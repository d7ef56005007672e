import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_REASONS, type ErrorReason } from '@clapper/domain/refusals';
import { ERROR_CODES, type ErrorCode } from './domain-error.js';

/** One problem: a reason and the facts its message needs. */
export class ProblemBody {
  @ApiProperty({ enum: ERROR_REASONS, enumName: 'ErrorReason' })
  reason: ErrorReason;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the facts the message needs, typed per reason in libs/domain/src/refusals' })
  params: Record<string, unknown>;
}

export class FieldError {
  @ApiProperty({ example: 'timeline.submissionClosesAt', description: 'dotted path of the field in the request' })
  field: string;
  @ApiProperty({ type: [String], example: ['must come after submission opens'], description: 'English, for API users and logs' })
  messages: string[];
  @ApiProperty({ type: [ProblemBody], description: 'what is wrong, as reasons with facts: what the web shows, in the reader language' })
  problems: ProblemBody[];
}

/** Every error the API answers has this shape (see all-exceptions.filter.ts). */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;
  @ApiProperty({ enum: Object.keys(ERROR_CODES), example: 'validation_failed', description: 'the HTTP category' })
  code: ErrorCode;
  @ApiProperty({ enum: ERROR_REASONS, enumName: 'ErrorReason', example: 'common.validation_failed', description: 'exactly why: one enum per domain' })
  reason: ErrorReason;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the facts the message needs, typed per reason in libs/domain/src/refusals' })
  params: Record<string, unknown>;
  @ApiProperty({ example: 'Please correct: email.', description: 'English, for API users and logs; the web shows the reason in the reader language instead' })
  message: string;
  @ApiPropertyOptional({ type: [FieldError] })
  fields?: FieldError[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  details?: Record<string, unknown>;
}
