import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error.js';

/**
 * Domain errors are expected outcomes (not found, bad input, forbidden): hand them to GraphQL's
 * error formatting as they are, instead of Nest logging each one as a server error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
