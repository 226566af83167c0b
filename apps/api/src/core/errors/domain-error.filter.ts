import { type ArgumentsHost, Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { type Response } from 'express';
import { DomainError, type ErrorCode } from './domain-error.js';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  CSRF_HEADER_MISSING: 400,
};

/**
 * Domain errors are expected outcomes (not found, bad input, forbidden): GraphQL gets them as
 * they are for its error formatting; REST endpoints answer with the status and the same code.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[error.code] ?? 400).json({ code: error.code, message: error.message, ...error.details });
  }
}
