import { type PipeTransform } from '@nestjs/common';
import { badInput } from '../errors/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** ID arguments are UUIDs; anything else is bad input, not a database error. */
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw badInput('The id is not valid.', { id: ['invalid'] });
    return value;
  }
}
