import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './domain-error.js';

function collect(errors: ValidationError[], prefix = '', into: Record<string, string[]> = {}): Record<string, string[]> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

/** Boundary validation for every GraphQL input: failures become BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collect(errors);
      const message = Object.values(fields).flat().join(' ');
      return badInput(message || 'The input is not valid.', fields);
    },
  });
}
