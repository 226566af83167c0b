import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

/**
 * Lets a parent object answer its own relation fields when one read already fetched them.
 *
 * A Nest `@ResolveField` runs through Nest's per-field pipeline (context creation, param factories,
 * pipes, a promise) even when the resolver only returns a value the parent already carries. On the
 * practice page that pipeline costs more than the data. A parent that sets
 * `preloaded[fieldName]` (e.g. `practice.preloaded.topics`, filled by the single-statement page
 * read) gets that value returned directly; every other parent, e.g. a practice from a list page,
 * still goes through the field's resolver and its DataLoader. So a value put into `preloaded` must
 * be exactly what the resolver would return for every viewer: only relations, never rights.
 *
 * Applied to the schema after Nest built it (`transformSchema`): the schema's shape is unchanged.
 */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    if (type.name === 'Query' || type.name === 'Mutation' || type.name === 'Subscription') continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue; // the default resolver reads the property anyway
      const name = field.name;
      field.resolve = (source, args, context, info) => {
        const preloaded = (source as { preloaded?: Record<string, unknown> } | null)?.preloaded;
        if (preloaded !== undefined) {
          const value = preloaded[name];
          if (value !== undefined) return value;
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
