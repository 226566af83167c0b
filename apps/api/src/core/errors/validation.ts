import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './domain-error.js';

function collect(errors: ValidationError[], prefix = '', into: Record<string, string[]> = {}): Record<string, string[]> {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) into[path] = Object.values(error.constraints);
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

// GraphQL parameters carry numeric types (root 0, info 1, context 2, args 3); REST ones are named.
const GRAPHQL_ARGS = 3;
const INPUT_TYPES = new Set<unknown>([GRAPHQL_ARGS, 'body', 'query', 'param']);

/**
 * Validates what clients send (GraphQL args, REST body/query/params) and nothing else: without
 * this, Nest would also run class-transformer and class-validator over every @Parent() object a
 * field resolver receives, once per row of a list.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return INPUT_TYPES.has(metadata.type) ? await super.transform(value, metadata) : value;
  }
}

/** Boundary validation for every GraphQL input: failures become BAD_USER_INPUT naming each field. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collect(errors);
      const message = Object.values(fields).flat().join(' ');
      return badInput(message || 'The input is not valid.', fields);
    },
  });
}
