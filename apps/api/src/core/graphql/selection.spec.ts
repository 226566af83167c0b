import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { asksForField } from './selection.js';

/** The resolve info of the query's first root field. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('asksForField', () => {
  it('finds a field nested below the resolved one', () => {
    expect(asksForField(infoOf('{ practice(slug: "a") { title problem { markdown html } } }'), 'markdown')).toBe(true);
  });

  it('says no when only other fields are asked for', () => {
    expect(asksForField(infoOf('{ practice(slug: "a") { title problem { html } results { html } } }'), 'markdown')).toBe(false);
  });

  it('looks into named and inline fragments, also fragments of fragments', () => {
    const query = `query { practice(slug: "a") { ...Page } }
      fragment Page on Practice { title ...Sections }
      fragment Sections on Practice { ... on Practice { approach { markdown } } }`;
    expect(asksForField(infoOf(query), 'markdown')).toBe(true);
  });

  it('does not loop on a fragment used twice', () => {
    const query = `query { practice(slug: "a") { ...A ...A } } fragment A on Practice { title }`;
    expect(asksForField(infoOf(query), 'markdown')).toBe(false);
  });

  it('does not count the resolved field itself or its siblings', () => {
    expect(asksForField(infoOf('{ markdown { html } }'), 'markdown')).toBe(false);
  });
});
