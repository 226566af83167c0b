import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from '@praxisforum/domain';
import { badInput } from '../errors/domain-error.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** Page arguments with their own default and largest page size (a thread page shows 50 posts). */
export function SizedPageArgs(defaultSize: number, maxSize: number) {
  @ArgsType()
  class SizedPage {
    @Field(() => Int, { defaultValue: defaultSize, description: `Page size, at most ${maxSize}.` })
    @IsInt()
    @Min(1, { message: `first must be at least 1.` })
    @Max(maxSize, { message: `first must be at most ${maxSize} (the maximum page size).` })
    first: number = defaultSize;

    @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
    @IsOptional()
    @IsString()
    @MaxLength(500)
    after?: string;
  }
  return SizedPage;
}

@ArgsType()
export class PageArgs extends SizedPageArgs(LIMITS.pageSizeDefault, LIMITS.pageSizeMax) {}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Builds the GraphQL Connection and Edge types for a node type (Relay cursor connection). */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => Int)
    totalCount: number;

    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: the keyset values of the last row, base64url-encoded. */
export function encodeCursor(keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length === arity && keys.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return keys;
    }
  } catch {
    /* reported below */
  }
  throw badInput('The cursor in "after" is not valid; use the endCursor of a previous page.', { after: ['invalid cursor'] });
}

/** Turns rows fetched with limit first + 1 into a connection page. */
export function toConnection<T>(rows: T[], first: number, totalCount: number, keys: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keys(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
